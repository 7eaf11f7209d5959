/**
 * Built-in template `allmanmedicin`: two parties, the supervision commitments
 * of a general-practice ST (facts of seed 000, in ST-koll's own words).
 */
import type { AgreementContent, AgreementFacts } from '../content';
import {
  ANNUAL_CHECKIN,
  CONFLICT_NOTE,
  GROUND_RULES_INTRO,
  closing,
  commitments,
  iupSentence,
  opening,
  partiesOf,
  sitInsPhrase,
  supervisionSentence,
} from '../commonText';

export function allmanmedicinTemplate(facts: AgreementFacts): AgreementContent {
  const parties = partiesOf(facts, false);
  return {
    templateId: 'allmanmedicin',
    title: 'Handledningsöverenskommelse',
    subtitle: 'Specialiseringstjänstgöring i allmänmedicin',
    parties,
    blocks: [
      ...opening(
        'Denna överenskommelse gäller mellan ST-läkaren och huvudhandledaren som anges nedan och beskriver vad var och en åtar sig under ST.',
        facts,
        parties,
      ),
      ...commitments('Handledarens åtaganden', [
        'Ta fram en detaljerad individuell utbildningsplan tillsammans med ST-läkaren.',
        `Hålla regelbundna handledningssamtal. ${supervisionSentence(facts.frequency)}`,
        `Göra egna medsittningar hos ST-läkaren, ${sitInsPhrase(facts.sitInsPerYear)}, och se till att den kliniska handledare som ST-läkaren arbetar med för tillfället också kan sitta med.`,
        'Löpande bedöma och dokumentera ST-läkarens kompetens och professionella utveckling, med de bedömningsmetoder och tidpunkter som parterna kommer överens om.',
        'Följa upp de bedömningar som kliniska handledare och instruktörer gör, till exempel under sidotjänstgöringar, och stötta ST-läkaren där så att kompetensmålen nås.',
        'Stötta och följa upp ST-läkarens teoretiska lärande, även självstudierna.',
        'Dokumentera handledningssamtalen tillsammans med ST-läkaren.',
        'Hålla det årliga avstämningssamtalet med ST-läkaren, gå igenom utbildningsplanen och periodplaneringen och rapportera till studierektor.',
        'Vända sig till studierektor eller verksamhetschef om samarbetet eller måluppfyllelsen inte fungerar.',
        'Intyga genomförda utbildningsmoment, uppfyllda kompetensmål och uppnådd specialistkompetens när ST-läkaren ansöker om specialistbevis.',
        'Delta i handledarseminarier och förnya sin handledarutbildning vid behov.',
      ]),
      ...commitments('ST-läkarens åtaganden', [
        'Med målbeskrivningen som grund ta fram och fortlöpande revidera en individuell utbildningsplan, med hjälp av handledaren och stöd av studierektor, och delta i startseminariet.',
        'Genomföra utbildningsplanen och följa upp den varje år.',
        'Delta i de regelbundna handledningssamtalen och dokumentera dem.',
        'Fortlöpande värdera den egna kompetensen mot målbeskrivningen och utbildningsplanen.',
        'Låta handledaren och de kliniska instruktörerna bedöma kompetensen löpande och strukturerat, på det sätt som avtalats.',
        'Ta ansvar för den egna kompetensutvecklingen, dokumentera den och redovisa genomförda utbildningsaktiviteter för handledaren.',
      ]),
      ...commitments('Gemensamt', [
        'Båda parter ansvarar för att handledarrelationen fungerar.',
        iupSentence(facts),
        ANNUAL_CHECKIN,
        CONFLICT_NOTE,
      ]),
      ...closing(
        GROUND_RULES_INTRO,
        'Vi har gått igenom överenskommelsen och åtar oss att följa den.',
        parties,
      ),
    ],
  };
}
