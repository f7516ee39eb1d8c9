/**
 * Fjordvik's plan of preventive measures. Modelled on the patterns in the seed plans
 * (three levels, four focus areas like Nittedal's, measures like theirs), but every local
 * name, number and indicator value here is invented for the demo.
 */
import type {
	IndicatorSource,
	MeasureStatus,
	PreventionLevel
} from '../../src/lib/server/db/schema';

export const demoPlan = {
	slug: 'tiltaksplan-2025-2028',
	title: 'Tiltaksplan for forebygging blant barn og unge 2025–2028',
	titleEn: 'Plan of preventive measures for children and young people 2025–2028',
	periodStart: 2025,
	periodEnd: 2028
};

export const demoFocusAreas = [
	{
		slug: 'medvirkning',
		title: 'Barn og unge blir hørt',
		titleEn: 'Young people are heard',
		description: 'Unge skal være med og bestemme over tilbud som gjelder dem.',
		descriptionEn: 'Young people help decide about the services that concern them.'
	},
	{
		slug: 'trygge-fellesskap',
		title: 'Trygge og inkluderende fellesskap',
		titleEn: 'Safe places where everyone belongs',
		description: 'Alle skal ha et trygt sted å være, på skolen, hjemme og i fritiden.',
		descriptionEn: 'Everyone has a safe place to be: at school, at home and in their free time.'
	},
	{
		slug: 'mestring',
		title: 'Læring og mestring',
		titleEn: 'Learning and coping',
		description: 'Unge skal få lære, klare ting og tåle motgang.',
		descriptionEn: 'Young people learn, manage things and cope when life is hard.'
	},
	{
		slug: 'tidlig-hjelp',
		title: 'Tidlig hjelp og samordnede tjenester',
		titleEn: 'Early help and joined-up services',
		description: 'Den som trenger hjelp, skal få den tidlig og slippe å fortelle alt på nytt.',
		descriptionEn: 'Those who need help get it early and do not have to tell their story again.'
	}
] as const;

export type DemoIndicator = {
	slug: string;
	name: string;
	nameEn: string;
	source: IndicatorSource;
	unit: string;
	baseline: number;
	baselineYear: number;
	target: number;
	targetYear: number;
	values: [string, number][];
};

export type DemoMeasure = {
	slug: string;
	focusArea: (typeof demoFocusAreas)[number]['slug'];
	level: PreventionLevel;
	status: MeasureStatus;
	title: string;
	titleEn: string;
	description: string;
	descriptionEn: string;
	targetGroup: string;
	targetGroupEn: string;
	ageMin: number | null;
	ageMax: number | null;
	purpose: string;
	purposeEn: string;
	responsible: string;
	participants: string;
	/** Finder services the measure links to (slugs in db/seed/services-data.ts). */
	serviceSlugs: string[];
	indicators: DemoIndicator[];
};

const m = (
	x: Omit<DemoMeasure, 'indicators' | 'serviceSlugs'> & Partial<DemoMeasure>
): DemoMeasure => ({
	indicators: [],
	serviceSlugs: [],
	...x
});

export const demoMeasures: DemoMeasure[] = [
	m({
		slug: 'ungdomsradet-horer',
		focusArea: 'medvirkning',
		level: 'universal',
		status: 'active',
		title: 'Ungdomsrådet uttaler seg om alle forebyggende tiltak',
		titleEn: 'The youth council gives its view on every preventive measure',
		description:
			'Ungdomsrådet får tiltaksplanen på høring hvert år, med minst tre uker til å svare. Kommunen skriver hva den gjorde med hvert innspill.',
		descriptionEn:
			'The youth council is consulted on the plan every year, with at least three weeks to answer. The municipality writes down what it did with every piece of input.',
		targetGroup: 'Ungdomsrådets medlemmer',
		targetGroupEn: 'Members of the youth council',
		ageMin: 13,
		ageMax: 19,
		purpose: 'Tiltakene skal passe for dem de er laget for.',
		purposeEn: 'Measures should fit the people they are made for.',
		responsible: 'Koordinator for ungdomsrådet',
		participants: 'Ungdomsrådet, elevrådene',
		indicators: [
			{
				slug: 'innspill-tatt-inn',
				name: 'Innspill fra ungdomsrådet som ble tatt inn helt eller delvis',
				nameEn: 'Youth council input taken in fully or partly',
				source: 'municipal',
				unit: '%',
				baseline: 30,
				baselineYear: 2023,
				target: 60,
				targetYear: 2028,
				values: [
					['2023-12-31', 30],
					['2024-12-31', 42],
					['2025-12-31', 55]
				]
			}
		]
	}),
	m({
		slug: 'ungdomspanel-slt',
		focusArea: 'medvirkning',
		level: 'universal',
		status: 'planned',
		title: 'Ungdomspanel i arbeidet mot rus og kriminalitet',
		titleEn: 'Youth panel in the work against drugs and crime',
		description: 'Et panel på åtte unge møter SLT-gruppen fire ganger i året og sier hva de ser.',
		descriptionEn:
			'A panel of eight young people meets the SLT group four times a year and says what they see.',
		targetGroup: 'Ungdom 14–20 år',
		targetGroupEn: 'Young people aged 14–20',
		ageMin: 14,
		ageMax: 20,
		purpose: 'Få unges egne ord inn i forebyggingen.',
		purposeEn: "Bring young people's own words into prevention work.",
		responsible: 'SLT-koordinator',
		participants: 'Politiet, utekontakten, ungdom',
		serviceSlugs: ['fjordvik-slt']
	}),
	m({
		slug: 'tilbakemelding-etter-mote',
		focusArea: 'medvirkning',
		level: 'selective',
		status: 'planned',
		title: 'Si fra etter møtet',
		titleEn: 'Tell us after the meeting',
		description:
			'Unge og foreldre som har hatt møte med tjenestene, kan svare på tre korte spørsmål om møtet.',
		descriptionEn:
			'Young people and parents who had a meeting with services can answer three short questions about it.',
		targetGroup: 'Unge og familier i tverrfaglige møter',
		targetGroupEn: 'Young people and families in multi-service meetings',
		ageMin: 12,
		ageMax: 23,
		purpose: 'Tjenestene lærer hva som hjelper.',
		purposeEn: 'Services learn what helps.',
		responsible: 'Oppvekstsjefen',
		participants: 'Alle tjenester for barn og unge'
	}),
	m({
		slug: 'helsesamtaler',
		focusArea: 'trygge-fellesskap',
		level: 'universal',
		status: 'active',
		title: 'Helsesamtaler og undervisning om kropp og grenser',
		titleEn: 'Health talks and lessons about body and boundaries',
		description:
			'Helsesykepleier snakker med alle elever i 1., 3. og 8. trinn. Elevene lærer om vold og overgrep, hva det heter og hvem de kan si det til.',
		descriptionEn:
			'The school nurse talks with every pupil in years 1, 3 and 8. Pupils learn about violence and abuse, the words for it and who they can tell.',
		targetGroup: 'Alle elever i grunnskolen',
		targetGroupEn: 'All pupils in primary and lower secondary school',
		ageMin: 6,
		ageMax: 16,
		purpose: 'Barn skal vite at de kan si fra, og hvem de kan si fra til.',
		purposeEn: 'Children know they can speak up, and who to tell.',
		responsible: 'Skolehelsetjenesten',
		participants: 'Skolene, helsesykepleiere',
		serviceSlugs: ['fjordvik-helsesykepleier-skole', 'alarmtelefonen-116111'],
		indicators: [
			{
				slug: 'vet-hvem-si-fra',
				name: 'Elever i 8. trinn som vet hvem de kan si fra til',
				nameEn: 'Pupils in year 8 who know who to tell',
				source: 'elevundersokelsen',
				unit: '%',
				baseline: 71,
				baselineYear: 2022,
				target: 90,
				targetYear: 2028,
				values: [
					['2022-12-01', 71],
					['2023-12-01', 74],
					['2024-12-01', 79],
					['2025-12-01', 83]
				]
			}
		]
	}),
	m({
		slug: 'apne-klubber',
		focusArea: 'trygge-fellesskap',
		level: 'universal',
		status: 'active',
		title: 'Åpne ungdomsklubber fire kvelder i uka',
		titleEn: 'Youth clubs open four evenings a week',
		description: 'Klubbene i sentrum og på Nordstrand er gratis og har voksne til stede.',
		descriptionEn:
			'The clubs in the town centre and at Nordstrand are free and always have adults there.',
		targetGroup: 'Ungdom 13–18 år',
		targetGroupEn: 'Young people aged 13–18',
		ageMin: 13,
		ageMax: 18,
		purpose: 'Et trygt sted å være uten å måtte betale.',
		purposeEn: 'A safe place to be without paying.',
		responsible: 'Fritid Fjordvik',
		participants: 'Ungdomsarbeidere, frivillige',
		serviceSlugs: ['fjordvik-ungdomsklubb-sentrum', 'nordvik-ungdomsklubb'],
		indicators: [
			{
				slug: 'fornoyd-fritid',
				name: 'Unge som er fornøyd med fritidstilbudet der de bor',
				nameEn: 'Young people happy with leisure offers where they live',
				source: 'ungdata',
				unit: '%',
				baseline: 58,
				baselineYear: 2021,
				target: 70,
				targetYear: 2027,
				values: [
					['2021-03-01', 58],
					['2024-03-01', 61]
				]
			}
		]
	}),
	m({
		slug: 'ungdomskontakter',
		focusArea: 'trygge-fellesskap',
		level: 'selective',
		status: 'active',
		title: 'Ungdomskontakter der unge er',
		titleEn: 'Youth workers where young people are',
		description: 'Ungdomskontakter er på skolene på dagtid og i sentrum og på klubbene om kvelden.',
		descriptionEn:
			'Youth workers are at schools in the daytime and in the town centre and at clubs in the evening.',
		targetGroup: 'Unge 11–23 år',
		targetGroupEn: 'Young people aged 11–23',
		ageMin: 11,
		ageMax: 23,
		purpose: 'Fange opp unge som strever, før det blir alvorlig.',
		purposeEn: 'Notice young people who struggle before it gets serious.',
		responsible: 'Utekontakten',
		participants: 'Skolene, politiet',
		serviceSlugs: ['fjordvik-ungdomskontakter']
	}),
	m({
		slug: 'mobbeteam',
		focusArea: 'trygge-fellesskap',
		level: 'selective',
		status: 'active',
		title: 'Team mot mobbing',
		titleEn: 'Anti-bullying team',
		description:
			'Et team hjelper skolen når en elev ikke har det trygt og godt, og snakker med eleven først.',
		descriptionEn:
			'A team helps the school when a pupil does not feel safe, and talks with the pupil first.',
		targetGroup: 'Elever som blir mobbet eller holdt utenfor',
		targetGroupEn: 'Pupils who are bullied or left out',
		ageMin: 6,
		ageMax: 16,
		purpose: 'Mobbing skal stoppe raskt.',
		purposeEn: 'Bullying stops quickly.',
		responsible: 'Oppvekstsjefen',
		participants: 'PPT, skolene',
		serviceSlugs: ['fjordvik-mobbeombud'],
		indicators: [
			{
				slug: 'mobbet',
				name: 'Elever i 10. trinn som blir mobbet 2–3 ganger i måneden eller oftere',
				nameEn: 'Pupils in year 10 bullied 2–3 times a month or more',
				source: 'elevundersokelsen',
				unit: '%',
				baseline: 9,
				baselineYear: 2022,
				target: 5,
				targetYear: 2028,
				values: [
					['2022-12-01', 9],
					['2023-12-01', 10],
					['2024-12-01', 8],
					['2025-12-01', 7]
				]
			}
		]
	}),
	m({
		slug: 'psykisk-forstehjelp',
		focusArea: 'mestring',
		level: 'universal',
		status: 'active',
		title: 'Psykisk førstehjelp i 5. og 8. trinn',
		titleEn: 'Mental health first aid in years 5 and 8',
		description:
			'Elevene lærer hva de kan gjøre når tankene blir tunge, for seg selv og for en venn.',
		descriptionEn:
			'Pupils learn what to do when thoughts get heavy, for themselves and for a friend.',
		targetGroup: 'Alle elever i 5. og 8. trinn',
		targetGroupEn: 'All pupils in years 5 and 8',
		ageMin: 10,
		ageMax: 14,
		purpose: 'Unge kjenner igjen tegn og vet hva de kan gjøre.',
		purposeEn: 'Young people recognise the signs and know what to do.',
		responsible: 'Skolene',
		participants: 'Helsesykepleiere'
	}),
	m({
		slug: 'samtalegrupper',
		focusArea: 'mestring',
		level: 'selective',
		status: 'planned',
		title: 'Samtalegrupper om stress og press',
		titleEn: 'Talk groups about stress and pressure',
		description:
			'Små grupper i skoletiden om vennskap, kropp, stress og press, ledet av helsesykepleier.',
		descriptionEn:
			'Small groups in school time about friendship, body, stress and pressure, led by the school nurse.',
		targetGroup: 'Elever i ungdomsskolen',
		targetGroupEn: 'Pupils in lower secondary school',
		ageMin: 13,
		ageMax: 16,
		purpose: 'Færre unge kjenner seg stresset og alene.',
		purposeEn: 'Fewer young people feel stressed and alone.',
		responsible: 'Skolehelsetjenesten',
		participants: 'Miljøterapeuter',
		serviceSlugs: ['fjordvik-helsestasjon-for-ungdom'],
		indicators: [
			{
				slug: 'stress',
				name: 'Unge som ofte kjenner seg stresset',
				nameEn: 'Young people who often feel stressed',
				source: 'ungdata',
				unit: '%',
				baseline: 34,
				baselineYear: 2021,
				target: 25,
				targetYear: 2027,
				values: [
					['2021-03-01', 34],
					['2024-03-01', 36]
				]
			}
		]
	}),
	m({
		slug: 'intensiv-opplaering',
		focusArea: 'mestring',
		level: 'selective',
		status: 'active',
		title: 'Intensiv lese- og regneopplæring i 1.–4. trinn',
		titleEn: 'Intensive reading and maths teaching in years 1–4',
		description:
			'Elever som henger etter, får korte perioder med ekstra undervisning i små grupper.',
		descriptionEn: 'Pupils who fall behind get short periods of extra teaching in small groups.',
		targetGroup: 'Elever i 1.–4. trinn',
		targetGroupEn: 'Pupils in years 1–4',
		ageMin: 6,
		ageMax: 10,
		purpose: 'Tidlig hjelp på skolen, før det blir vanskelig.',
		purposeEn: 'Early help at school, before it gets hard.',
		responsible: 'Skolene',
		participants: 'PPT',
		serviceSlugs: ['fjordvik-ppt']
	}),
	m({
		slug: 'fravaersteam',
		focusArea: 'mestring',
		level: 'indicated',
		status: 'active',
		title: 'Team for alvorlig skolefravær',
		titleEn: 'Team for serious school absence',
		description:
			'Teamet finner ut hva som holder eleven borte, og lager en plan med eleven, foreldrene og skolen.',
		descriptionEn:
			'The team finds out what keeps the pupil away and makes a plan with the pupil, parents and school.',
		targetGroup: 'Elever med mye fravær',
		targetGroupEn: 'Pupils who miss a lot of school',
		ageMin: 6,
		ageMax: 16,
		purpose: 'Eleven kommer tilbake til skolen.',
		purposeEn: 'The pupil gets back to school.',
		responsible: 'PPT',
		participants: 'Skolene, helsesykepleiere, BUP ved behov',
		serviceSlugs: ['fjordvik-oppfolgingstjenesten'],
		indicators: [
			{
				slug: 'fravaer',
				name: 'Elever med mer enn 10 % fravær',
				nameEn: 'Pupils with more than 10 % absence',
				source: 'municipal',
				unit: '%',
				baseline: 12,
				baselineYear: 2023,
				target: 8,
				targetYear: 2028,
				values: [
					['2023-06-30', 12],
					['2024-06-30', 11.5],
					['2025-06-30', 10.2]
				]
			}
		]
	}),
	m({
		slug: 'alternative-arenaer',
		focusArea: 'mestring',
		level: 'indicated',
		status: 'active',
		title: 'Alternative læringsarenaer',
		titleEn: 'Other places to learn',
		description: 'Noen elever lærer deler av uka på en gård, i skogen eller på en arbeidsplass.',
		descriptionEn: 'Some pupils learn part of the week on a farm, in the forest or at a workplace.',
		targetGroup: 'Noen få elever i 5.–10. trinn',
		targetGroupEn: 'A few pupils in years 5–10',
		ageMin: 10,
		ageMax: 16,
		purpose: 'Mestring for elever som ikke trives i vanlig klasse.',
		purposeEn: 'Success for pupils who do not do well in an ordinary class.',
		responsible: 'Spesialpedagogisk team',
		participants: 'Skolene, lokale bedrifter',
		serviceSlugs: ['fjordvik-leksehjelp-motested']
	}),
	m({
		slug: 'hfu-psykolog',
		focusArea: 'tidlig-hjelp',
		level: 'selective',
		status: 'active',
		title: 'Psykolog på helsestasjon for ungdom',
		titleEn: 'Psychologist at the youth health clinic',
		description:
			'Psykolog uten henvisning for unge 12–24 år, med drop-in onsdag ettermiddag og timer alle hverdager.',
		descriptionEn:
			'A psychologist without referral for ages 12–24, with drop-in on Wednesday afternoons and appointments every weekday.',
		targetGroup: 'Unge 12–24 år med lette eller moderate plager',
		targetGroupEn: 'Young people aged 12–24 with mild or moderate problems',
		ageMin: 12,
		ageMax: 24,
		purpose: 'Rask hjelp uten ventetid og uten henvisning.',
		purposeEn: 'Quick help without waiting and without referral.',
		responsible: 'Helsestasjon for ungdom',
		participants: 'Kommunepsykologene',
		serviceSlugs: ['fjordvik-psykolog-uten-henvisning', 'fjordvik-helsestasjon-for-ungdom'],
		indicators: [
			{
				slug: 'tilbud-14-dager',
				name: 'Unge som fikk tilbud innen 14 dager',
				nameEn: 'Young people offered help within 14 days',
				source: 'municipal',
				unit: '%',
				baseline: 64,
				baselineYear: 2023,
				target: 95,
				targetYear: 2026,
				values: [
					['2023-12-31', 64],
					['2024-12-31', 81],
					['2025-12-31', 92]
				]
			}
		]
	}),
	m({
		slug: 'en-dor-inn',
		focusArea: 'tidlig-hjelp',
		level: 'selective',
		status: 'active',
		title: 'Én dør inn med fast kontaktperson',
		titleEn: 'One door in, with one contact person',
		description:
			'Unge 12–30 år får én fast person som hjelper dem videre, så de slipper å bli sendt rundt.',
		descriptionEn:
			'Young people aged 12–30 get one contact person who helps them on, so they are not passed around.',
		targetGroup: 'Unge 12–30 år',
		targetGroupEn: 'Young people aged 12–30',
		ageMin: 12,
		ageMax: 30,
		purpose: 'Ingen unge skal bli en kasteball mellom tjenestene.',
		purposeEn: 'No young person is passed between services.',
		responsible: 'Ung i Fjordvik',
		participants: 'NAV, utekontakten, helsestasjon for ungdom',
		serviceSlugs: ['fjordvik-ung-en-dor-inn']
	}),
	m({
		slug: 'foreldrekurs',
		focusArea: 'tidlig-hjelp',
		level: 'selective',
		status: 'active',
		title: 'Foreldrekurs',
		titleEn: 'Courses for parents',
		description:
			'Gratis kurs for foreldre til barn 3–12 år og 10–18 år, om samspill, grenser og vanskelige følelser.',
		descriptionEn:
			'Free courses for parents of children aged 3–12 and 10–18, about getting on, limits and hard feelings.',
		targetGroup: 'Foreldre',
		targetGroupEn: 'Parents',
		ageMin: null,
		ageMax: null,
		purpose: 'Tryggere foreldre og bedre hverdager hjemme.',
		purposeEn: 'More confident parents and better days at home.',
		responsible: 'Familieteamet',
		participants: 'PPT, helsestasjonen',
		serviceSlugs: ['fjordvik-foreldrekurs']
	}),
	m({
		slug: 'tidlig-innsatsteam',
		focusArea: 'tidlig-hjelp',
		level: 'indicated',
		status: 'active',
		title: 'Tverrfaglig team for tidlig innsats',
		titleEn: 'Multi-service team for early help',
		description:
			'Unge og familier kan ta kontakt selv. Teamet møter dem sammen, og hvert møte ender med en skriftlig plan.',
		descriptionEn:
			'Young people and families can get in touch themselves. The team meets them together, and every meeting ends with a written plan.',
		targetGroup: 'Unge 16–23 år og familier som trenger hjelp fra flere',
		targetGroupEn: 'Young people aged 16–23 and families who need help from several services',
		ageMin: 16,
		ageMax: 23,
		purpose: 'Samordnet hjelp uten brudd.',
		purposeEn: 'Joined-up help without gaps.',
		responsible: 'Barnevernet',
		participants: 'NAV, skolene, helsetjenesten, PPT',
		serviceSlugs: ['fjordvik-familieteamet'],
		indicators: [
			{
				slug: 'foreldre-med',
				name: 'Saker der foreldre var med i møtet',
				nameEn: 'Cases where parents took part in the meeting',
				source: 'municipal',
				unit: '%',
				baseline: 72,
				baselineYear: 2023,
				target: 100,
				targetYear: 2028,
				values: [
					['2023-12-31', 72],
					['2024-12-31', 85],
					['2025-12-31', 88]
				]
			}
		]
	}),
	m({
		slug: 'barnekoordinator',
		focusArea: 'tidlig-hjelp',
		level: 'indicated',
		status: 'active',
		title: 'Barnekoordinator',
		titleEn: 'Child coordinator',
		description:
			'Familier med barn med alvorlig sykdom eller funksjonsnedsettelse får én koordinator.',
		descriptionEn: 'Families of children with serious illness or disability get one coordinator.',
		targetGroup: 'Familier med barn med store behov',
		targetGroupEn: 'Families of children with great needs',
		ageMin: 0,
		ageMax: 18,
		purpose: 'Familien slipper å samordne alt selv.',
		purposeEn: 'The family does not have to coordinate everything alone.',
		responsible: 'Koordinerende enhet',
		participants: 'Tildelingskontoret'
	})
];

/**
 * A finished round from last year, so /planen and the public round page have something to
 * show: four former council members answered, the statement was adopted, and the
 * municipality recorded outcomes. The psychologist measure got a second version because of it.
 */
export const demoPastRound = {
	title: 'Høring om tiltaksplanen 2025',
	intro:
		'Vi vil vite hva dere mener om fem av tiltakene. Svar på det du vil. Det tar omtrent ti minutter.',
	opensOn: '2025-02-03',
	deadline: '2025-02-28T22:59:00.000Z',
	decisionDate: '2025-03-20',
	statementAdoptedOn: '2025-03-05',
	feedbackPublishedAt: '2025-04-02T10:00:00.000Z',
	measures: ['hfu-psykolog', 'samtalegrupper', 'apne-klubber', 'mobbeteam', 'fravaersteam'],
	/** Former members: their user ids are not in today's council. */
	answers: {
		'hfu-psykolog': [
			[
				'support_with_changes',
				5,
				'Onsdag passer dårlig for mange med trening.',
				'Ha drop-in en dag til, for eksempel mandag.'
			],
			['support', 5, 'Bra at man ikke trenger henvisning.', ''],
			['support_with_changes', 4, '', 'Mulighet for chat før man kommer.'],
			['support', 4, '', '']
		],
		samtalegrupper: [
			['support', 4, 'Viktig, mange er stresset.', ''],
			[
				'not_sure',
				3,
				'Vil ikke at alle i klassen skal vite at jeg er med.',
				'Grupper etter skoletid i stedet.'
			],
			['support', 4, '', ''],
			['support_with_changes', 3, '', 'La elevene være med og velge tema.']
		],
		'apne-klubber': [
			['support', 5, 'Klubben er det beste stedet i byen.', 'Åpent på fredager også.'],
			['support', 4, '', ''],
			['support', 3, '', ''],
			['support', 5, '', '']
		],
		mobbeteam: [
			['support', 5, '', ''],
			['support', 5, 'Det må gå raskere enn i dag.', ''],
			['support_with_changes', 4, '', 'Eleven bør få velge en voksen de stoler på.'],
			['support', 4, '', '']
		],
		fravaersteam: [
			['support', 4, '', ''],
			['not_sure', 3, '', ''],
			['support', 3, 'Spør eleven først, ikke bare foreldrene.', ''],
			['do_not_support', 2, 'Føles som kontroll.', '']
		]
	} as Record<string, [string, number, string, string][]>,
	advice: {
		medvirkning: ['Spør oss tidlig, ikke når alt er bestemt.'],
		'trygge-fellesskap': ['Voksne på klubben må ha tid til å prate.'],
		'tidlig-hjelp': ['Vi vil slippe å fortelle historien vår mange ganger.']
	} as Record<string, string[]>,
	revisedMeasure: {
		slug: 'hfu-psykolog',
		description:
			'Psykolog uten henvisning for unge 12–24 år, med drop-in mandag og onsdag ettermiddag og timer alle hverdager.',
		descriptionEn:
			'A psychologist without referral for ages 12–24, with drop-in on Monday and Wednesday afternoons and appointments every weekday.',
		changeNote: 'Drop-in også mandag, etter innspill fra ungdomsrådet.'
	},
	outcomes: {
		'hfu-psykolog': [
			'taken_in',
			'Vi har åpnet drop-in på mandager også. Chat før besøk vurderes i 2026.',
			'Drop-in is now also open on Mondays. Chat before a visit will be looked at in 2026.'
		],
		samtalegrupper: [
			'partly_taken_in',
			'Elevene får velge tema. Gruppene blir fortsatt i skoletiden, men uten at klassen får vite hvem som er med.',
			'Pupils choose the topics. Groups stay in school time, but the class is not told who takes part.'
		],
		'apne-klubber': [
			'not_taken_in',
			'Det er ikke penger til fredagsåpent i 2025. Vi prøver igjen i budsjettet for 2026.',
			'There is no money for Friday opening in 2025. We will try again in the 2026 budget.'
		],
		mobbeteam: [
			'taken_in',
			'Eleven får nå velge en voksen de stoler på, som er med i alle møter.',
			'The pupil now chooses a trusted adult who joins every meeting.'
		],
		fravaersteam: [
			'noted',
			'Teamet snakker alltid med eleven først. Vi har skrevet det tydeligere i planen.',
			'The team always talks to the pupil first. We have said so more clearly in the plan.'
		]
	} as Record<string, [string, string, string]>
};

/**
 * Issue 17: the general questions of last year's round, with the four members' answers (in
 * member order), and what the municipality did with them.
 */
export const demoPastQuestions = [
	{
		kind: 'single' as const,
		prompt: 'Trenger dere gratis kveldsbuss fra sentrum på fredager?',
		options: ['Ja', 'Nei', 'Vet ikke'],
		answers: [['Ja'], ['Ja'], ['Vet ikke'], ['Ja']],
		outcome: [
			'partly_taken_in',
			'Kveldsbussen går fredager fra høsten, som en prøveordning i ett år.',
			'The evening bus runs on Fridays from the autumn, as a one-year trial.'
		]
	},
	{
		kind: 'multiple' as const,
		prompt: 'Hvilke klubber og fritidstilbud bruker du?',
		options: ['Ungdomsklubben', 'Idrettslag', 'Kulturskolen', 'Ingen'],
		answers: [
			['Ungdomsklubben', 'Idrettslag'],
			['Idrettslag'],
			['Ungdomsklubben'],
			['Kulturskolen']
		],
		outcome: null
	},
	{
		kind: 'text' as const,
		prompt: 'Hva ville gjort det lettere å be om hjelp?',
		options: [],
		answers: [
			['At helsesykepleier har fast dag på skolen.'],
			['Chat, så jeg slipper å ringe.'],
			[''],
			['At det står tydelig hva som skjer når man tar kontakt.']
		],
		outcome: [
			'taken_in',
			'Finn hjelp sier nå for hver tjeneste hva som skjer når du tar kontakt.',
			'Finn hjelp now says for every service what happens when you get in touch.'
		]
	}
] as const;

/** Follow-ups of last year's promises: days are relative to the day the seed runs. */
export const demoFollowUps = [
	{
		key: 'hfu-psykolog',
		responsible: 'Helsestasjon for ungdom',
		dueInDays: null,
		note: {
			text: 'Drop-in på mandager er i gang. 41 unge kom de første tre månedene.',
			textEn: 'Monday drop-in is running. 41 young people came in the first three months.',
			writtenOn: '2025-09-15'
		}
	},
	{ key: 'mobbeteam', responsible: 'Skolesjefen', dueInDays: -20, note: null },
	{ key: 'samtalegrupper', responsible: 'PP-tjenesten', dueInDays: 60, note: null }
] as const;

/**
 * What was done with last year's advice per focus area (by area slug), as for the measures.
 */
export const demoAdviceOutcomes = {
	'tidlig-hjelp': [
		'taken_in',
		'Skolehelsetjenesten og PPT deler nå én kartlegging, så eleven forteller det bare én gang.',
		'The school health service and PPT now share one assessment, so the pupil tells it only once.'
	]
} as Record<string, [string, string, string]>;

/** Follow-ups of the general answers and the advice that were taken in (days from the seed run). */
export const demoGeneralFollowUps = [
	{
		question: 'Trenger dere gratis kveldsbuss fra sentrum på fredager?',
		area: null,
		responsible: 'Samferdselsavdelingen',
		dueInDays: 45
	},
	{ question: null, area: 'tidlig-hjelp', responsible: 'Oppvekstsjefen', dueInDays: 30 }
] as const;

/** The round open now in the demo, so a member who logs in has something to answer. */
export const demoOpenRound = {
	title: 'Høring om tiltaksplanen 2027',
	intro:
		'Kommunen vil vite hva dere mener om fire tiltak for neste år. Skoleklasser og klubber kan også svare med klassekoder.',
	measures: ['ungdomskontakter', 'psykisk-forstehjelp', 'alternative-arenaer', 'en-dor-inn'],
	questions: [
		{
			kind: 'single' as const,
			prompt: 'Bør kveldsbussen på fredager fortsette etter prøveåret?',
			options: ['Ja', 'Nei', 'Vet ikke']
		},
		{
			kind: 'text' as const,
			prompt: 'Hva mangler i fritiden der du bor?',
			options: []
		},
		{ kind: 'ranking' as const, prompt: 'Ranger tiltakene: hvilket er viktigst?', options: [] }
	]
};

/** The statement the council adopted on 5 March 2025 (issue 17: shown on the public round page). */
export const demoPastStatement = `# Uttalelse fra Ungdomsrådet: Høring om tiltaksplanen 2025

Ungdomsrådet har behandlet «Tiltaksplan for forebygging blant barn og unge 2025–2028». 4 av 4 medlemmer svarte på høringen.

## Sammendrag

Rådet mener disse tiltakene er viktigst, i denne rekkefølgen:

1. Psykolog på helsestasjon for ungdom
2. Team mot mobbing
3. Åpne ungdomsklubber fire kvelder i uka

## Generelle spørsmål

### Trenger dere gratis kveldsbuss fra sentrum på fredager?

- Ja: 3
- Vet ikke: 1

## Råd fra ungdomsrådet

- Spør oss tidlig, ikke når alt er bestemt.
- Vi vil slippe å fortelle historien vår mange ganger.
`;
