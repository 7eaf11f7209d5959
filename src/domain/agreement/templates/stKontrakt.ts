/**
 * Built-in template `st-kontrakt`: four parties (ST-läkare, huvudhandledare,
 * verksamhetschef, studierektor), the overarching goals, each party's
 * responsibilities and the milestones of the whole ST (facts of seed 002, in
 * ST-koll's own words).
 */
import type { AgreementContent, AgreementFacts } from '../content';
import {
  CONFLICT_NOTE,
  GROUND_RULES_INTRO,
  closing,
  commitments,
  opening,
  partiesOf,
  sitInsPhrase,
  supervisionSentence,
} from '../commonText';

/** "Allmänmedicin" → "allmänmedicin", for use inside a sentence. */
function inSentence(specialty: string): string {
  const trimmed = specialty.trim();
  if (trimmed === '') return 'specialiteten';
  return trimmed.charAt(0).toLocaleLowerCase('sv') + trimmed.slice(1);
}

export function stKontraktTemplate(facts: AgreementFacts): AgreementContent {
  const parties = partiesOf(facts, true);
  const field = inSentence(facts.specialty);
  const sitIns = sitInsPhrase(facts.sitInsPerYear);
  return {
    templateId: 'st-kontrakt',
    title: 'ST-kontrakt',
    subtitle: `Överenskommelse om specialiseringstjänstgöring i ${field}`,
    parties,
    blocks: [
      ...opening(
        'Tjänstgöringen läggs upp enligt Socialstyrelsens föreskrifter och allmänna råd om läkarnas specialiseringstjänstgöring (SOSFS 2015:8 och HSLF-FS 2021:8). Parterna nedan delar ansvaret för att den blir av god kvalitet.',
        facts,
        parties,
      ),
      ...commitments('Övergripande mål', [
        `Efter ST ska ST-läkaren ha en bred kompetens inom hela specialiteten och självständigt, säkert och med kritiskt omdöme kunna bedöma och lösa uppgifter och problem inom ${field}.`,
        'ST-läkaren ska kunna ta ett långsiktigt ansvar för sina patienters hälsa och för samordningen av deras vård.',
        'ST-läkaren ska följa kunskapsutvecklingen inom specialiteten, granska den kritiskt och tillämpa den i sitt eget arbete.',
        'ST-läkaren ska kommunicera väl i tal och skrift med patienter, närstående, kollegor och omvärlden, samarbeta väl och kunna leda, handleda och driva förbättringsarbete, även med hjälp av digitala verktyg.',
      ]),
      ...commitments('ST-läkarens ansvar', [
        'Ta ansvar för sin kompetensutveckling enligt föreskrifterna och, tillsammans med handledare, studierektor, verksamhetschef och HR, upprätta en individuell utbildningsplan som revideras vid behov.',
        'Löpande dokumentera utbildningsaktiviteter, kompetensbedömningar och – kortfattat – handledningssamtalen.',
        'Förbereda sig för och delta i basgruppsträffar, ST-seminarier, obligatoriska moment och de kurser som krävs, och vid minst två tillfällen granska en artikel i basgruppen och redovisa den på enheten.',
        'Planera externa placeringar utifrån målbeskrivningen, i god tid och i kontakt med schemaläggaren på den mottagande enheten, och inför specialistansökan boka en tid med studierektor för att gå igenom ansökan, kompetensportföljen och intygen.',
        `Delta i kompetensbedömningarna: ${sitIns} med handledaren (bedömda med skriftlig mall), en skriftlig årsrapport varje år, studierektorsavstämningar, specialistkollegier och den externa bedömningen Mitt-i-ST.`,
      ]),
      ...commitments('Huvudhandledarens ansvar', [
        'Genom samtal och återkoppling stödja ST-läkarens utveckling till specialist med långsiktigt patientansvar, medverka när utbildningsplanen tas fram, ge råd om litteratur, tidskrifter och kurser samt stödja det skriftliga förbättringsarbetet.',
        `Ta initiativ till regelbundna handledningssamtal och dokumentera dem. ${supervisionSentence(facts.frequency)}`,
        `Utveckla och bedöma ST-läkarens konsultationsförmåga genom ${sitIns} (eller videoinspelade besök), med återkoppling enligt bedömningsmall.`,
        'Se till att huvudhandledningen fortsätter under sidotjänstgöringar, hjälpa till att precisera utbildningsbehovet där och hämta in sidohandledarens utvärdering.',
        'Stämma av kompetensutvecklingen mot målen, delta i studierektorsavstämningar och specialistkollegier och skriva ett handledarutlåtande varje år.',
        'Samråda med verksamhetschef, HR eller studierektor om problem uppstår, delta i handledarträffar minst en gång om året och tillsammans med studierektor utfärda intyg inför specialistansökan.',
      ]),
      ...commitments('Verksamhetschefens ansvar', [
        'Ha arbetsgivaransvaret under utbildningen och hålla medarbetarsamtal med ST-läkaren varje år.',
        'Se till att en huvudhandledare med relevant specialistkompetens och genomgången handledarutbildning utses, att en utbildningsplan tas fram, att handledning ges regelbundet under hela ST och att ST-läkaren under handledning får ett eget, långsiktigt patientansvar.',
        'Ge ST-läkaren de lokaler och den organisation som utbildningen kräver, en arbetsbelastning som passar utbildningsnivån och tid för handledning, medsittningar, auskultationer, seminarier, studier och dokumentation – med fast studietid varje vecka (vid heltid fyra sammanhängande timmar) – samt möjlighet att gå relevanta och obligatoriska kurser och nationella möten inom specialiteten.',
      ]),
      ...commitments('Studierektorns ansvar', [
        'Värna utbildningens kvalitet: delta när utbildningsplanen tas fram, planera utbildningsaktiviteter för ST-läkare och handledare och se till att ST-läkaren får ändamålsenliga placeringar, handledare och schemalagd handledning även under sidotjänstgöringar.',
        'Ta initiativ till studierektorsavstämningar och specialistkollegier och bistå ST-läkare, handledare och verksamhetschef vid problem.',
        'Inför specialistansökan gå igenom utbildningsdokumentationen med ST-läkaren och handledaren och utfärda intyg tillsammans med handledaren.',
      ]),
      { kind: 'heading', level: 1, text: 'Uppföljning under ST' },
      {
        kind: 'facts',
        rows: [
          {
            label: 'Individuell utbildningsplan (IUP)',
            value: `senast ${facts.iupDeadline} (${facts.iupMonths} månader efter ST-start); ST-läkaren och huvudhandledaren tar fram den tillsammans`,
          },
          { label: 'Årligt avstämningssamtal', value: 'varje år, med genomgång av utbildningsplanen' },
          { label: 'Årsrapport och handledarutlåtande', value: 'varje år' },
          { label: 'Studierektorsavstämning', value: 'minst 2 gånger under ST, fler vid behov' },
          { label: 'Specialistkollegium', value: 'minst 2 gånger under ST' },
          { label: 'Mitt-i-ST (extern bedömning)', value: 'en gång, ungefär halvvägs genom ST' },
        ],
      },
      ...closing(
        `${GROUND_RULES_INTRO} ${CONFLICT_NOTE}`,
        'Genom våra underskrifter åtar vi oss, var för sig och gemensamt, att följa denna överenskommelse.',
        parties,
      ),
    ],
  };
}
