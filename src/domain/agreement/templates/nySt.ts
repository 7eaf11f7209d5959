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
  sitInsPhrase,
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
        `${supervisionSentence(facts.frequency)} Samtalen förs ostört i ett eget rum, gärna med telefoner och sökare avstängda.`,
        `${ANNUAL_CHECKIN} Studierektor, handledare och ST-läkare deltar.`,
        iupSentence(facts),
      ]),
      ...commitments('Handledarens åtaganden', [
        'Stötta ST-läkaren i arbetet med ST-planen och under tjänstgöringarna, så att kompetensmålen nås.',
        'Hjälpa ST-läkaren att välja kurser som leder mot målen.',
        'Hjälpa ST-läkaren att hitta en handledare för det vetenskapliga arbetet och ett lämpligt kvalitetsarbete.',
        'Uppmuntra ST-läkaren att regelbundet dokumentera sin kompetensutveckling och att värdera sin egen kompetens.',
        'Följa upp kompetensbedömningar, både egna och de kliniska handledarnas.',
        `Göra egna medsittningar, ${sitInsPhrase(facts.sitInsPerYear)}, och verka för att även den aktuella kliniska handledaren sitter med.`,
      ]),
      ...commitments('ST-läkarens åtaganden', [
        'Skriva ett förslag till egen ST-plan med stöd av handledaren och studierektor.',
        'Arbeta för att kompetensmålen nås under varje tjänstgöring och själv söka kurser som leder dit.',
        'Ta initiativ till det vetenskapliga arbetet, hitta en handledare för det och genomföra det.',
        'Ta initiativ till ett kvalitetsarbete och genomföra det.',
        'Ta ansvar för den egna kompetensutvecklingen, dokumentera den och fortlöpande värdera den mot målen.',
        'Låta sig bedömas löpande av handledaren och de kliniska handledarna, och be om medsittningar hos båda.',
      ]),
      ...closing(
        `${GROUND_RULES_INTRO} ${CONFLICT_NOTE}`,
        'Med våra underskrifter bekräftar vi att vi känner till åtagandena ovan och tänker leva upp till dem så gott vi kan.',
        parties,
      ),
    ],
  };
}
