/** The agreement content model: facts → a built-in template's content, or tag values. */
import type { BuiltInTemplateId } from '../sheetContract';
import type { AgreementContent, AgreementFacts } from './content';
import { allmanmedicinTemplate } from './templates/allmanmedicin';
import { nyStTemplate } from './templates/nySt';
import { stKontraktTemplate } from './templates/stKontrakt';

export * from './content';
export * from './facts';
export * from './naming';
export * from './plan';
export * from './safeText';
export * from './selectAgreement';
export * from './tags';
export * from './templateRef';
export { frequencyWording, sitInsPhrase, sitInTimesPhrase, supervisionSentence, GROUND_RULE_QUESTIONS, ROLE } from './commonText';

const BUILT_IN: Record<BuiltInTemplateId, (facts: AgreementFacts) => AgreementContent> = {
  allmanmedicin: allmanmedicinTemplate,
  'ny-st': nyStTemplate,
  'st-kontrakt': stKontraktTemplate,
};

export function buildAgreementContent(templateId: BuiltInTemplateId, facts: AgreementFacts): AgreementContent {
  return BUILT_IN[templateId](facts);
}
