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
  frequencyWording,
  commitments,
  iupSentence,
  opening,
  partiesOf,
  sitInTimesPhrase,
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
        'Överenskommelsen gäller mellan ST-läkaren och huvudhandledaren som anges nedan och beskriver vad var och en åtar sig under ST.',
        facts,
        parties,
      ),
      ...commitments('Handledarens åtaganden', [
        'Ta fram en detaljerad individuell utbildningsplan tillsammans med ST-läkaren.',
        `Hålla regelbundna handledningssamtal, som schemaläggs och hålls ${frequencyWording(facts.frequency)}.`,
        `Sitta med hos ST-läkaren ${sitInTimesPhrase(facts.sitInsPerYear)} och se till att även den kliniska handledare som ST-läkaren för tillfället arbetar med gör medsittningar.`,
        'Löpande bedöma och dokumentera ST-läkarens kompetens och professionella utveckling, med de bedömningsmetoder och tidpunkter som parterna kommer överens om.',
        'Följa upp de bedömningar som kliniska handledare och instruktörer gör, till exempel under sidotjänstgöringar, och stötta ST-läkaren så att kompetensmålen nås även där.',
        'Stötta och följa upp ST-läkarens teoretiska lärande, inklusive självstudier.',
        'Dokumentera handledningssamtalen tillsammans med ST-läkaren.',
        'Hålla det årliga avstämningssamtalet med ST-läkaren, gå igenom utbildningsplanen och periodplaneringen och rapportera till studierektor.',
        'Vända sig till studierektor eller verksamhetschef om samarbetet inte fungerar eller målen riskerar att inte nås.',
        'Intyga genomförda utbildningsmoment, uppfyllda kompetensmål och uppnådd specialistkompetens när ST-läkaren ansöker om specialistbevis.',
        'Delta i handledarseminarier och förnya sin handledarutbildning vid behov.',
      ]),
      ...commitments('ST-läkarens åtaganden', [
        'Utifrån målbeskrivningen ta fram och fortlöpande revidera en individuell utbildningsplan med hjälp av handledaren och stöd från studierektor, och delta i startseminariet.',
        'Genomföra utbildningsplanen och följa upp den varje år.',
        'Delta i de regelbundna handledningssamtalen och dokumentera dem.',
        'Fortlöpande värdera den egna kompetensen mot målbeskrivningen och utbildningsplanen.',
        'Låta handledaren och de kliniska instruktörerna bedöma den egna kompetensen löpande och strukturerat, på det sätt som parterna har kommit överens om.',
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
