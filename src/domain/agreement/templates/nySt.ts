/**
 * Built-in template `ny-st`: two parties, commitments that mirror each other
 * (facts of seed 001, in ST-koll's own words).
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
  sitInTimesPhrase,
  supervisionSentence,
} from '../commonText';

export function nyStTemplate(facts: AgreementFacts): AgreementContent {
  const parties = partiesOf(facts, false);
  return {
    templateId: 'ny-st',
    title: 'Handledningsöverenskommelse',
    subtitle: 'Specialiseringstjänstgöring enligt den nya målbeskrivningen',
    parties,
    blocks: [
      ...opening(
        'ST-läkaren och handledaren nedan har kommit överens om hur handledningen ska gå till och vad var och en tar ansvar för.',
        facts,
        parties,
      ),
      ...commitments('Gemensamma åtaganden', [
        'Båda parter tar ansvar för att handledarrelationen fungerar.',
        `${supervisionSentence(facts.frequency)} Samtalen sker ostört i ett eget rum, helst med telefoner och sökare avstängda.`,
        `${ANNUAL_CHECKIN} Studierektor, handledare och ST-läkare deltar.`,
        iupSentence(facts),
      ]),
      ...commitments('Handledarens åtaganden', [
        'Stötta ST-läkaren i arbetet med utbildningsplanen och under tjänstgöringarna, så att kompetensmålen nås.',
        'Hjälpa ST-läkaren att välja kurser som leder mot målen.',
        'Hjälpa ST-läkaren att hitta en handledare för det vetenskapliga arbetet och ett lämpligt ämne för kvalitetsarbetet.',
        'Uppmuntra ST-läkaren att regelbundet dokumentera sin kompetensutveckling och att värdera sin egen kompetens.',
        'Följa upp kompetensbedömningarna, både sina egna och de kliniska handledarnas.',
        `Sitta med hos ST-läkaren ${sitInTimesPhrase(facts.sitInsPerYear)} och verka för att även den aktuella kliniska handledaren gör det.`,
      ]),
      ...commitments('ST-läkarens åtaganden', [
        'Skriva ett förslag till individuell utbildningsplan (IUP) med stöd av handledaren och studierektor.',
        'Arbeta för att kompetensmålen nås under varje tjänstgöring och själv söka kurser som leder dit.',
        'Ta initiativ till det vetenskapliga arbetet, hitta en handledare för det och genomföra det.',
        'Ta initiativ till ett kvalitetsarbete och genomföra det.',
        'Ta ansvar för den egna kompetensutvecklingen, dokumentera den och fortlöpande värdera den mot målen.',
        'Låta handledaren och de kliniska handledarna bedöma kompetensen löpande, och be båda om medsittningar.',
      ]),
      ...closing(
        `${GROUND_RULES_INTRO} ${CONFLICT_NOTE}`,
        'Med våra underskrifter bekräftar vi att vi känner till åtagandena ovan och förbinder oss att fullgöra dem.',
        parties,
      ),
    ],
  };
}
