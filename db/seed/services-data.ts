/**
 * Demo services for Fjordvik kommune, in nb, nn and en.
 *
 * National helplines carry real numbers that were checked (116 111, 116 123, 116 117,
 * Kirkens SOS 22 40 00 40, Kors på halsen 800 33 321, 112, 113, ung.no). Every local
 * number, address, coordinate and opening hour is invented for the demo (`isDemo`), modelled
 * on the services the municipal prevention plans describe. Where we are unsure of a real
 * helpline's hours, it has no schedule and its text says to check their website.
 */

export type SeedLang = 'nb' | 'nn' | 'en';
export type Text3 = Record<SeedLang, string>;

export type ServiceText = {
	name: string;
	summary: string;
	description: string;
	apply: string;
	eligibility: string;
	fees: string;
	confidentiality: string;
	referralInfo?: string;
	alert?: string;
};

export type ScheduleSeed = {
	kind?: 'open' | 'drop_in';
	byday: string;
	opens: string;
	closes: string;
};

export type ServiceSeed = {
	slug: string;
	organization: string;
	/** National helplines have no municipality and no location. */
	national?: boolean;
	level: 'universal' | 'selective' | 'indicated';
	minAge?: number;
	maxAge?: number;
	isFree: boolean;
	referralRequired?: boolean;
	canBeAnonymous?: boolean;
	dropIn?: boolean;
	isEmergency?: boolean;
	isOneDoor?: boolean;
	website?: string;
	chatUrl?: string;
	email?: string;
	location?: string;
	topics: string[];
	languages: string[];
	phones: { number: string; type: 'voice' | 'text'; description: Text3 }[];
	schedule: ScheduleSeed[];
	/** Closed on the municipality's holiday list (local services only). */
	holidays?: boolean;
	text: Record<SeedLang, ServiceText>;
};

export type OrganizationSeed = { slug: string; national?: boolean; website?: string; name: Text3 };

export type LocationSeed = {
	slug: string;
	locationType: 'physical' | 'virtual';
	address?: string;
	postalCode?: string;
	city?: string;
	latitude?: number;
	longitude?: number;
	name: Text3;
	accessibility?: Text3;
	directions?: Text3;
};

/** Days the municipality's own services are closed (demo holiday list). */
export const holidays = ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31', '2027-01-01'];

const weekdays = 'MO,TU,WE,TH,FR';
const everyDay = 'MO,TU,WE,TH,FR,SA,SU';
const allDay: ScheduleSeed[] = [{ byday: everyDay, opens: '00:00', closes: '24:00' }];

const free: Text3 = { nb: 'Gratis.', nn: 'Gratis.', en: 'Free.' };

const confidentiality = {
	health: {
		nb: 'De har taushetsplikt. Det du forteller, blir ikke sagt videre til foreldre, skole eller andre uten at du vet om det. Unntaket er hvis noen er i alvorlig fare. Da må de sørge for hjelp, og de sier fra til deg først.',
		nn: 'Dei har teieplikt. Det du fortel, blir ikkje sagt vidare til foreldre, skule eller andre utan at du veit om det. Unnataket er viss nokon er i alvorleg fare. Då må dei syte for hjelp, og dei seier frå til deg først.',
		en: 'They have a duty of confidentiality. What you tell them is not passed on to parents, school or anyone else without you knowing. The exception is if someone is in serious danger. Then they must get help, and they tell you first.'
	},
	helpline: {
		nb: 'Du trenger ikke si hvem du er. Det du forteller, blir hos dem. Bare hvis noen er i alvorlig fare, kan de hente hjelp.',
		nn: 'Du treng ikkje seie kven du er. Det du fortel, blir hos dei. Berre viss nokon er i alvorleg fare, kan dei hente hjelp.',
		en: "You don't have to say who you are. What you tell them stays with them. Only if someone is in serious danger can they get help."
	},
	municipal: {
		nb: 'De ansatte har taushetsplikt og deler ikke det du forteller uten at du sier ja. Hvis et barn blir utsatt for vold eller alvorlig omsorgssvikt, må de si fra til barnevernet. Da snakker de med deg om det.',
		nn: 'Dei tilsette har teieplikt og deler ikkje det du fortel utan at du seier ja. Viss eit barn blir utsett for vald eller alvorleg omsorgssvikt, må dei seie frå til barnevernet. Då snakkar dei med deg om det.',
		en: 'The staff have a duty of confidentiality and do not share what you tell them unless you say yes. If a child is exposed to violence or serious neglect, they must tell child welfare. They will talk to you about it.'
	},
	childWelfare: {
		nb: 'Barnevernet har taushetsplikt. For å hjelpe deg må de ofte snakke med foreldrene dine, men de forteller deg hva de gjør og hvorfor. Du kan ringe og spørre om råd uten å si navnet ditt.',
		nn: 'Barnevernet har teieplikt. For å hjelpe deg må dei ofte snakke med foreldra dine, men dei fortel deg kva dei gjer og kvifor. Du kan ringje og spørje om råd utan å seie namnet ditt.',
		en: 'Child welfare has a duty of confidentiality. To help you they often need to talk to your parents, but they tell you what they do and why. You can call and ask for advice without giving your name.'
	},
	emergency: {
		nb: 'De spør hva som har skjedd og hvor du er, og sender hjelp. Si hvor du er så nøyaktig du kan.',
		nn: 'Dei spør kva som har skjedd og kvar du er, og sender hjelp. Sei kvar du er så nøyaktig du kan.',
		en: 'They ask what happened and where you are, and send help. Say where you are as exactly as you can.'
	}
} satisfies Record<string, Text3>;

function texts(
	shared: { fees: Text3; confidentiality: Text3 },
	perLang: Record<SeedLang, Omit<ServiceText, 'fees' | 'confidentiality'>>
): Record<SeedLang, ServiceText> {
	const out = {} as Record<SeedLang, ServiceText>;
	for (const lang of ['nb', 'nn', 'en'] as const) {
		out[lang] = {
			...perLang[lang],
			fees: shared.fees[lang],
			confidentiality: shared.confidentiality[lang]
		};
	}
	return out;
}

const call = (nb: string, nn: string, en: string): Text3 => ({ nb, nn, en });

export const organizations: OrganizationSeed[] = [
	{
		slug: 'nodetatene',
		national: true,
		name: { nb: 'Nødetatene', nn: 'Naudetatane', en: 'Emergency services' }
	},
	{
		slug: 'legevakt-nasjonal',
		national: true,
		website: 'https://www.helsenorge.no',
		name: { nb: 'Legevakten', nn: 'Legevakta', en: 'Out-of-hours medical service' }
	},
	{
		slug: 'bufetat',
		national: true,
		website: 'https://www.alarmtelefonen.no',
		name: {
			nb: 'Alarmtelefonen for barn og unge',
			nn: 'Alarmtelefonen for barn og unge',
			en: 'Alarmtelefonen for barn og unge'
		}
	},
	{
		slug: 'mental-helse',
		national: true,
		website: 'https://mentalhelse.no',
		name: { nb: 'Mental Helse', nn: 'Mental Helse', en: 'Mental Helse' }
	},
	{
		slug: 'kirkens-sos',
		national: true,
		website: 'https://www.kirkens-sos.no',
		name: { nb: 'Kirkens SOS', nn: 'Kirkens SOS', en: 'Kirkens SOS' }
	},
	{
		slug: 'rode-kors',
		national: true,
		website: 'https://www.rodekors.no',
		name: { nb: 'Røde Kors', nn: 'Raudekrossen', en: 'Norwegian Red Cross' }
	},
	{
		slug: 'ung-no',
		national: true,
		website: 'https://www.ung.no',
		name: { nb: 'ung.no', nn: 'ung.no', en: 'ung.no' }
	},
	{
		slug: 'fjordvik-helse',
		name: {
			nb: 'Fjordvik kommune, helse',
			nn: 'Fjordvik kommune, helse',
			en: 'Fjordvik municipality, health'
		}
	},
	{
		slug: 'fjordvik-oppvekst',
		name: {
			nb: 'Fjordvik kommune, oppvekst',
			nn: 'Fjordvik kommune, oppvekst',
			en: 'Fjordvik municipality, children and youth'
		}
	},
	{
		slug: 'fjordvik-nav',
		name: { nb: 'NAV Fjordvik', nn: 'NAV Fjordvik', en: 'NAV Fjordvik' }
	},
	{
		slug: 'fjordvik-frivillig',
		name: {
			nb: 'Fjordvik frivilligsentral',
			nn: 'Fjordvik frivilligsentral',
			en: 'Fjordvik volunteer centre'
		}
	},
	{
		slug: 'fjordvik-sykehus',
		name: {
			nb: 'Helseforetaket (spesialisthelsetjenesten)',
			nn: 'Helseføretaket (spesialisthelsetenesta)',
			en: 'The regional hospital trust (specialist health care)'
		}
	}
];

export const locations: LocationSeed[] = [
	{
		slug: 'fjordvik-helsehuset',
		locationType: 'physical',
		address: 'Storgata 10',
		postalCode: '9990',
		city: 'Fjordvik',
		latitude: 63.4305,
		longitude: 10.3951,
		name: { nb: 'Helsehuset', nn: 'Helsehuset', en: 'The health centre (Helsehuset)' },
		accessibility: {
			nb: 'Trinnfri inngang og heis. Toalett for rullestolbrukere.',
			nn: 'Trinnfri inngang og heis. Toalett for rullestolbrukarar.',
			en: 'Step-free entrance and lift. Wheelchair-accessible toilet.'
		},
		directions: {
			nb: 'Inngang fra baksiden, 2. etasje. Bussen stopper ved Torget, 3 minutter å gå.',
			nn: 'Inngang frå baksida, 2. etasje. Bussen stoppar ved Torget, 3 minutt å gå.',
			en: 'Entrance at the back, 2nd floor. The bus stops at Torget, 3 minutes on foot.'
		}
	},
	{
		slug: 'fjordvik-ungdomshuset',
		locationType: 'physical',
		address: 'Havnegata 4',
		postalCode: '9990',
		city: 'Fjordvik',
		latitude: 63.4321,
		longitude: 10.3988,
		name: { nb: 'Ungdomshuset', nn: 'Ungdomshuset', en: 'The youth house (Ungdomshuset)' },
		accessibility: {
			nb: 'Trinnfri inngang. Stille rom du kan låne.',
			nn: 'Trinnfri inngang. Stille rom du kan låne.',
			en: 'Step-free entrance. A quiet room you can borrow.'
		}
	},
	{
		slug: 'fjordvik-radhuset',
		locationType: 'physical',
		address: 'Rådhusplassen 1',
		postalCode: '9990',
		city: 'Fjordvik',
		latitude: 63.4298,
		longitude: 10.3925,
		name: { nb: 'Rådhuset', nn: 'Rådhuset', en: 'The town hall' },
		accessibility: {
			nb: 'Trinnfri inngang og heis.',
			nn: 'Trinnfri inngang og heis.',
			en: 'Step-free entrance and lift.'
		}
	},
	{
		slug: 'fjordvik-nav-kontor',
		locationType: 'physical',
		address: 'Kaigata 7',
		postalCode: '9990',
		city: 'Fjordvik',
		latitude: 63.4312,
		longitude: 10.3902,
		name: { nb: 'NAV-kontoret', nn: 'NAV-kontoret', en: 'The NAV office' },
		accessibility: {
			nb: 'Trinnfri inngang.',
			nn: 'Trinnfri inngang.',
			en: 'Step-free entrance.'
		}
	},
	{
		slug: 'fjordvik-legevakt',
		locationType: 'physical',
		address: 'Sjukehusvegen 2',
		postalCode: '9990',
		city: 'Fjordvik',
		latitude: 63.4267,
		longitude: 10.4012,
		name: { nb: 'Legevakten', nn: 'Legevakta', en: 'The out-of-hours clinic' },
		accessibility: {
			nb: 'Trinnfri inngang.',
			nn: 'Trinnfri inngang.',
			en: 'Step-free entrance.'
		}
	},
	{
		slug: 'nordvik-grendehus',
		locationType: 'physical',
		address: 'Nordvikvegen 21',
		postalCode: '9991',
		city: 'Nordvik',
		latitude: 63.4811,
		longitude: 10.3102,
		name: { nb: 'Nordvik grendehus', nn: 'Nordvik grendehus', en: 'Nordvik community hall' },
		accessibility: {
			nb: 'Én trapp ved inngangen. Rampe på sørsiden.',
			nn: 'Éi trapp ved inngangen. Rampe på sørsida.',
			en: 'One step at the entrance. Ramp on the south side.'
		}
	},
	{
		slug: 'byen-bup',
		locationType: 'physical',
		address: 'Sykehusgata 30',
		postalCode: '9980',
		city: 'Storby',
		latitude: 63.41,
		longitude: 10.44,
		name: { nb: 'BUP-poliklinikken', nn: 'BUP-poliklinikken', en: 'The BUP outpatient clinic' }
	}
];

export const services: ServiceSeed[] = [
	// ---- National: emergency numbers and helplines (real numbers) ----
	{
		slug: 'nodnummer-112-politi',
		organization: 'nodetatene',
		national: true,
		level: 'indicated',
		isFree: true,
		canBeAnonymous: false,
		isEmergency: true,
		topics: ['noen-skadet-meg', 'hjemme'],
		languages: ['nb', 'en'],
		phones: [
			{
				number: '112',
				type: 'voice',
				description: call('Politiet, nødnummer', 'Politiet, naudnummer', 'Police, emergency')
			}
		],
		schedule: allDay,
		text: texts(
			{ fees: free, confidentiality: confidentiality.emergency },
			{
				nb: {
					name: 'Politiet – 112',
					summary: 'Ring 112 hvis du eller noen andre er i fare akkurat nå.',
					description:
						'Ring 112 hvis noen truer deg, slår deg, følger etter deg eller hvis du ser at noen andre er i fare. Det koster ingenting å ringe.',
					apply: 'Du blir satt over til politiet med én gang. Si hva som skjer og hvor du er.',
					eligibility: 'Alle, uansett alder.'
				},
				nn: {
					name: 'Politiet – 112',
					summary: 'Ring 112 viss du eller nokon andre er i fare akkurat no.',
					description:
						'Ring 112 viss nokon trugar deg, slår deg, følgjer etter deg eller viss du ser at nokon andre er i fare. Det kostar ingenting å ringje.',
					apply: 'Du blir sett over til politiet med ein gong. Sei kva som skjer og kvar du er.',
					eligibility: 'Alle, same kva alder.'
				},
				en: {
					name: 'Police – 112',
					summary: 'Call 112 if you or someone else is in danger right now.',
					description:
						'Call 112 if someone threatens you, hits you, follows you, or if you see someone else in danger. The call is free.',
					apply:
						'You are put through to the police at once. Say what is happening and where you are.',
					eligibility: 'Everyone, any age.'
				}
			}
		)
	},
	{
		slug: 'nodnummer-113-ambulanse',
		organization: 'nodetatene',
		national: true,
		level: 'indicated',
		isFree: true,
		isEmergency: true,
		topics: ['noen-skadet-meg', 'rus', 'trist-eller-redd'],
		languages: ['nb', 'en'],
		phones: [
			{
				number: '113',
				type: 'voice',
				description: call('Medisinsk nødtelefon', 'Medisinsk naudtelefon', 'Medical emergency line')
			}
		],
		schedule: allDay,
		text: texts(
			{ fees: free, confidentiality: confidentiality.emergency },
			{
				nb: {
					name: 'Ambulanse – 113',
					summary:
						'Ring 113 hvis noen er alvorlig syk, skadet, har tatt en overdose eller vil ta livet sitt.',
					description:
						'Ring 113 når det haster med liv og helse: noen puster dårlig, er bevisstløs, blør mye, har tatt for mye av noe eller sier de vil dø. Det koster ingenting å ringe.',
					apply:
						'En lege eller sykepleier svarer, spør hva som har skjedd og sender ambulanse hvis det trengs.',
					eligibility: 'Alle, uansett alder.'
				},
				nn: {
					name: 'Ambulanse – 113',
					summary:
						'Ring 113 viss nokon er alvorleg sjuk, skadd, har teke ein overdose eller vil ta livet sitt.',
					description:
						'Ring 113 når det hastar med liv og helse: nokon pustar dårleg, er medvitslaus, blør mykje, har teke for mykje av noko eller seier dei vil døy. Det kostar ingenting å ringje.',
					apply:
						'Ein lege eller sjukepleiar svarar, spør kva som har skjedd og sender ambulanse viss det trengst.',
					eligibility: 'Alle, same kva alder.'
				},
				en: {
					name: 'Ambulance – 113',
					summary:
						'Call 113 if someone is seriously ill or hurt, has overdosed, or wants to end their life.',
					description:
						'Call 113 when life or health is at risk: someone is struggling to breathe, is unconscious, bleeding a lot, has taken too much of something, or says they want to die. The call is free.',
					apply: 'A doctor or nurse answers, asks what happened and sends an ambulance if needed.',
					eligibility: 'Everyone, any age.'
				}
			}
		)
	},
	{
		slug: 'legevakt-116117',
		organization: 'legevakt-nasjonal',
		national: true,
		level: 'universal',
		isFree: false,
		topics: ['noen-skadet-meg', 'kropp-og-sex', 'rus', 'trist-eller-redd'],
		languages: ['nb', 'en'],
		website: 'https://www.helsenorge.no',
		phones: [
			{
				number: '116 117',
				type: 'voice',
				description: call(
					'Legevakten der du er',
					'Legevakta der du er',
					'The out-of-hours doctor where you are'
				)
			}
		],
		schedule: allDay,
		text: texts(
			{
				fees: {
					nb: 'Det koster ingenting å ringe. Er du under 16 år, betaler du ikke for legebesøket. Fra 16 år kan du måtte betale en egenandel.',
					nn: 'Det kostar ingenting å ringje. Er du under 16 år, betaler du ikkje for legebesøket. Frå 16 år kan du måtte betale ein eigendel.',
					en: 'The call is free. Under 16 you pay nothing for the doctor. From 16 you may have to pay a patient fee.'
				},
				confidentiality: confidentiality.health
			},
			{
				nb: {
					name: 'Legevakt – 116 117',
					summary: 'Når du trenger lege nå og fastlegen er stengt.',
					description:
						'116 117 setter deg over til legevakten der du er. Ring hvis du er syk eller skadet og det ikke kan vente til fastlegen åpner.',
					apply: 'En sykepleier svarer og sier om du bør komme inn, vente eller ringe 113.',
					eligibility: 'Alle, uansett alder.'
				},
				nn: {
					name: 'Legevakt – 116 117',
					summary: 'Når du treng lege no og fastlegen er stengd.',
					description:
						'116 117 set deg over til legevakta der du er. Ring viss du er sjuk eller skadd og det ikkje kan vente til fastlegen opnar.',
					apply: 'Ein sjukepleiar svarar og seier om du bør kome inn, vente eller ringje 113.',
					eligibility: 'Alle, same kva alder.'
				},
				en: {
					name: 'Out-of-hours doctor – 116 117',
					summary: 'When you need a doctor now and your GP is closed.',
					description:
						'116 117 puts you through to the out-of-hours service where you are. Call if you are ill or hurt and it cannot wait until your GP opens.',
					apply: 'A nurse answers and tells you whether to come in, wait, or call 113.',
					eligibility: 'Everyone, any age.'
				}
			}
		)
	},
	{
		slug: 'alarmtelefonen-116111',
		organization: 'bufetat',
		national: true,
		level: 'selective',
		minAge: 0,
		maxAge: 18,
		isFree: true,
		canBeAnonymous: true,
		topics: ['hjemme', 'noen-skadet-meg', 'trist-eller-redd', 'rus'],
		languages: ['nb', 'en'],
		website: 'https://www.alarmtelefonen.no',
		phones: [
			{
				number: '116 111',
				type: 'voice',
				description: call('Gratis, hele døgnet', 'Gratis, heile døgeret', 'Free, day and night')
			}
		],
		schedule: allDay,
		text: texts(
			{ fees: free, confidentiality: confidentiality.helpline },
			{
				nb: {
					name: 'Alarmtelefonen for barn og unge – 116 111',
					summary: 'For deg som blir utsatt for vold, overgrep eller ikke har det trygt hjemme.',
					description:
						'Ring hvis noen voksne gjør deg vondt, hvis du er redd for å dra hjem, eller hvis du er bekymret for en venn. De som svarer, jobber i barnevernet og kan hjelpe deg med en gang.',
					apply: 'En voksen svarer og lytter. Dere finner ut sammen hva som må skje nå.',
					eligibility: 'Barn og unge under 18 år, og voksne som er bekymret for et barn.'
				},
				nn: {
					name: 'Alarmtelefonen for barn og unge – 116 111',
					summary: 'For deg som blir utsett for vald, overgrep eller ikkje har det trygt heime.',
					description:
						'Ring viss nokon vaksne gjer deg vondt, viss du er redd for å dra heim, eller viss du er uroleg for ein ven. Dei som svarar, jobbar i barnevernet og kan hjelpe deg med ein gong.',
					apply: 'Ein vaksen svarar og lyttar. De finn ut saman kva som må skje no.',
					eligibility: 'Barn og unge under 18 år, og vaksne som er uroleg for eit barn.'
				},
				en: {
					name: 'Alarmtelefonen for children and young people – 116 111',
					summary: 'For you if you are exposed to violence or abuse, or are not safe at home.',
					description:
						'Call if an adult hurts you, if you are afraid to go home, or if you are worried about a friend. The people who answer work in child welfare and can help you straight away.',
					apply: 'An adult answers and listens. Together you work out what needs to happen now.',
					eligibility: 'Children and young people under 18, and adults worried about a child.'
				}
			}
		)
	},
	{
		slug: 'mental-helse-116123',
		organization: 'mental-helse',
		national: true,
		level: 'universal',
		isFree: true,
		canBeAnonymous: true,
		topics: ['trist-eller-redd', 'ensom', 'noe-annet'],
		languages: ['nb'],
		website: 'https://mentalhelse.no',
		phones: [
			{
				number: '116 123',
				type: 'voice',
				description: call('Gratis, hele døgnet', 'Gratis, heile døgeret', 'Free, day and night')
			}
		],
		schedule: allDay,
		text: texts(
			{ fees: free, confidentiality: confidentiality.helpline },
			{
				nb: {
					name: 'Mental Helse hjelpetelefonen – 116 123',
					summary: 'Noen å snakke med når du har det vondt eller tenker på å ta livet ditt.',
					description:
						'En hjelpetelefon for alle som trenger noen å snakke med, hele døgnet. Frivillige svarer og lytter.',
					apply: 'Du ringer, og en frivillig svarer. Du bestemmer hva du vil snakke om.',
					eligibility: 'Alle, uansett alder.'
				},
				nn: {
					name: 'Mental Helse hjelpetelefonen – 116 123',
					summary: 'Nokon å snakke med når du har det vondt eller tenkjer på å ta livet ditt.',
					description:
						'Ein hjelpetelefon for alle som treng nokon å snakke med, heile døgeret. Frivillige svarar og lyttar.',
					apply: 'Du ringjer, og ein frivillig svarar. Du bestemmer kva du vil snakke om.',
					eligibility: 'Alle, same kva alder.'
				},
				en: {
					name: 'Mental Helse helpline – 116 123',
					summary: 'Someone to talk to when you are hurting or thinking about ending your life.',
					description:
						'A helpline for anyone who needs someone to talk to, day and night. Volunteers answer and listen. The service is in Norwegian.',
					apply: 'You call and a volunteer answers. You decide what to talk about.',
					eligibility: 'Everyone, any age.'
				}
			}
		)
	},
	{
		slug: 'kirkens-sos',
		organization: 'kirkens-sos',
		national: true,
		level: 'universal',
		isFree: true,
		canBeAnonymous: true,
		topics: ['trist-eller-redd', 'ensom', 'noe-annet'],
		languages: ['nb'],
		website: 'https://www.kirkens-sos.no',
		phones: [
			{
				number: '22 40 00 40',
				type: 'voice',
				description: call('Hele døgnet', 'Heile døgeret', 'Day and night')
			}
		],
		schedule: allDay,
		text: texts(
			{
				fees: {
					nb: 'Samtalen er gratis hos Kirkens SOS. Mobilselskapet ditt kan ta vanlig samtalepris.',
					nn: 'Samtalen er gratis hos Kirkens SOS. Mobilselskapet ditt kan ta vanleg samtalepris.',
					en: 'Talking to Kirkens SOS is free. Your phone company may charge a normal call rate.'
				},
				confidentiality: confidentiality.helpline
			},
			{
				nb: {
					name: 'Kirkens SOS – 22 40 00 40',
					summary: 'Krisetelefon hele døgnet når livet kjennes tungt.',
					description:
						'Ring når du er i krise, har selvmordstanker eller bare trenger noen å prate med. Du trenger ikke være religiøs. På nettsiden kan du også skrive til dem.',
					apply: 'En frivillig svarer og lytter uten å dømme deg.',
					eligibility: 'Alle, uansett alder.'
				},
				nn: {
					name: 'Kirkens SOS – 22 40 00 40',
					summary: 'Krisetelefon heile døgeret når livet kjennest tungt.',
					description:
						'Ring når du er i krise, har sjølvmordstankar eller berre treng nokon å prate med. Du treng ikkje vere religiøs. På nettsida kan du også skrive til dei.',
					apply: 'Ein frivillig svarar og lyttar utan å døme deg.',
					eligibility: 'Alle, same kva alder.'
				},
				en: {
					name: 'Kirkens SOS – 22 40 00 40',
					summary: 'A crisis line day and night when life feels heavy.',
					description:
						'Call when you are in crisis, have suicidal thoughts or just need someone to talk to. You do not need to be religious. On their website you can also write to them. The service is in Norwegian.',
					apply: 'A volunteer answers and listens without judging you.',
					eligibility: 'Everyone, any age.'
				}
			}
		)
	},
	{
		slug: 'kors-pa-halsen',
		organization: 'rode-kors',
		national: true,
		level: 'universal',
		minAge: 0,
		maxAge: 18,
		isFree: true,
		canBeAnonymous: true,
		topics: ['trist-eller-redd', 'ensom', 'hjemme', 'mobbing', 'kropp-og-sex', 'noe-annet'],
		languages: ['nb'],
		website: 'https://www.rodekors.no',
		phones: [
			{
				number: '800 33 321',
				type: 'voice',
				description: call(
					'Gratis. Se åpningstider på nettsiden.',
					'Gratis. Sjå opningstider på nettsida.',
					'Free. See opening hours on their website.'
				)
			}
		],
		// Hours not verified here: no schedule, the text points to their website instead.
		schedule: [],
		text: texts(
			{ fees: free, confidentiality: confidentiality.helpline },
			{
				nb: {
					name: 'Kors på halsen – 800 33 321',
					summary: 'Røde Kors sin prat for barn og unge. Ring, chat eller send melding om alt.',
					description:
						'Voksne frivillige svarer når du vil snakke om noe som er vanskelig, eller bare om livet. Åpningstidene kan endre seg, så sjekk Røde Kors sin nettside. Er det akutt, ring 116 111 eller 113.',
					apply: 'Du ringer eller chatter, og en voksen svarer. Du trenger ikke si hvem du er.',
					eligibility: 'Barn og unge opp til 18 år.'
				},
				nn: {
					name: 'Kors på halsen – 800 33 321',
					summary: 'Raudekrossen sin prat for barn og unge. Ring, chat eller send melding om alt.',
					description:
						'Vaksne frivillige svarar når du vil snakke om noko som er vanskeleg, eller berre om livet. Opningstidene kan endre seg, så sjekk nettsida til Raudekrossen. Er det akutt, ring 116 111 eller 113.',
					apply: 'Du ringjer eller chattar, og ein vaksen svarar. Du treng ikkje seie kven du er.',
					eligibility: 'Barn og unge opp til 18 år.'
				},
				en: {
					name: 'Kors på halsen – 800 33 321',
					summary: 'The Red Cross line for children and young people. Call or chat about anything.',
					description:
						'Adult volunteers answer when you want to talk about something hard, or just about life. Opening hours can change, so check the Red Cross website. If it is urgent, call 116 111 or 113. The service is in Norwegian.',
					apply: 'You call or chat and an adult answers. You do not have to say who you are.',
					eligibility: 'Children and young people up to 18.'
				}
			}
		)
	},
	{
		slug: 'ung-no',
		organization: 'ung-no',
		national: true,
		level: 'universal',
		minAge: 13,
		maxAge: 24,
		isFree: true,
		canBeAnonymous: true,
		topics: [
			'trist-eller-redd',
			'kropp-og-sex',
			'rus',
			'skole',
			'jobb-og-penger',
			'bolig',
			'hjemme',
			'mobbing',
			'ensom',
			'noe-annet'
		],
		languages: ['nb', 'nn'],
		website: 'https://www.ung.no',
		phones: [],
		schedule: [],
		text: texts(
			{ fees: free, confidentiality: confidentiality.helpline },
			{
				nb: {
					name: 'ung.no – spør om hva som helst',
					summary:
						'Statens nettside for unge. Les svar eller send et spørsmål uten å si hvem du er.',
					description:
						'På ung.no finner du fakta om kropp, sex, psykisk helse, rettigheter, skole, jobb og penger. Under «Spør oss» kan du sende inn et spørsmål og få svar fra fagfolk.',
					apply:
						'Du skriver spørsmålet ditt på nettsiden. Svaret kommer vanligvis innen noen dager.',
					eligibility: 'Unge mellom 13 og 20 år, men alle kan lese.'
				},
				nn: {
					name: 'ung.no – spør om kva som helst',
					summary:
						'Statens nettstad for unge. Les svar eller send eit spørsmål utan å seie kven du er.',
					description:
						'På ung.no finn du fakta om kropp, sex, psykisk helse, rettar, skule, jobb og pengar. Under «Spør oss» kan du sende inn eit spørsmål og få svar frå fagfolk.',
					apply: 'Du skriv spørsmålet ditt på nettsida. Svaret kjem vanlegvis innan nokre dagar.',
					eligibility: 'Unge mellom 13 og 20 år, men alle kan lese.'
				},
				en: {
					name: 'ung.no – ask about anything',
					summary:
						'The government website for young people. Read answers or ask a question anonymously.',
					description:
						'ung.no has facts about body, sex, mental health, rights, school, work and money. Under "Spør oss" (Ask us) you can send a question and get an answer from professionals. The site is in Norwegian.',
					apply:
						'You write your question on the website. The answer usually comes within a few days.',
					eligibility: 'Young people aged 13 to 20, but anyone can read it.'
				}
			}
		)
	},
	// ---- Fjordvik kommune (demo: numbers, addresses and hours are invented) ----
	{
		slug: 'fjordvik-ung-en-dor-inn',
		organization: 'fjordvik-oppvekst',
		level: 'selective',
		minAge: 12,
		maxAge: 30,
		isFree: true,
		canBeAnonymous: true,
		dropIn: true,
		isOneDoor: true,
		location: 'fjordvik-ungdomshuset',
		topics: [
			'trist-eller-redd',
			'hjemme',
			'rus',
			'mobbing',
			'ensom',
			'skole',
			'jobb-og-penger',
			'bolig',
			'noe-annet'
		],
		languages: ['nb', 'en', 'ar', 'so', 'uk'],
		email: 'ung@fjordvik.example',
		phones: [
			{
				number: '12 34 50 00',
				type: 'voice',
				description: call('Ring oss', 'Ring oss', 'Call us')
			},
			{
				number: '12 34 50 01',
				type: 'text',
				description: call('Send SMS', 'Send SMS', 'Send a text')
			}
		],
		schedule: [
			{ byday: 'MO,TU,WE,TH', opens: '12:00', closes: '20:00' },
			{ byday: 'FR', opens: '12:00', closes: '16:00' },
			{ kind: 'drop_in', byday: 'MO,TU,WE,TH', opens: '14:00', closes: '20:00' }
		],
		holidays: true,
		text: texts(
			{ fees: free, confidentiality: confidentiality.municipal },
			{
				nb: {
					name: 'Fjordvik UNG – én dør inn',
					summary:
						'Usikker på hvor du skal gå? Kom hit. Vi hjelper deg med alt, og går med deg videre.',
					description:
						'Fjordvik UNG er stedet du kan gå når du ikke vet hvem du skal spørre. Du får en fast kontaktperson som hjelper deg med det du trenger: noen å snakke med, skole, jobb, penger, bolig eller ting hjemme. Vi har også grupper og aktiviteter.',
					apply:
						'Stikk innom uten avtale, ring eller send SMS. Du snakker med en av oss, og vi finner ut sammen hva som kan hjelpe. Hvis en annen tjeneste passer bedre, blir vi med deg dit, så du slipper å fortelle alt på nytt.',
					eligibility: 'Unge fra 12 til 30 år i Fjordvik.'
				},
				nn: {
					name: 'Fjordvik UNG – éi dør inn',
					summary:
						'Usikker på kvar du skal gå? Kom hit. Vi hjelper deg med alt, og går med deg vidare.',
					description:
						'Fjordvik UNG er staden du kan gå når du ikkje veit kven du skal spørje. Du får ein fast kontaktperson som hjelper deg med det du treng: nokon å snakke med, skule, jobb, pengar, bustad eller ting heime. Vi har også grupper og aktivitetar.',
					apply:
						'Stikk innom utan avtale, ring eller send SMS. Du snakkar med ein av oss, og vi finn ut saman kva som kan hjelpe. Viss ei anna teneste passar betre, blir vi med deg dit, så du slepp å fortelje alt på nytt.',
					eligibility: 'Unge frå 12 til 30 år i Fjordvik.'
				},
				en: {
					name: 'Fjordvik UNG – one door in',
					summary:
						'Not sure where to go? Come here. We help with anything and go with you to the next step.',
					description:
						'Fjordvik UNG is the place to go when you do not know who to ask. You get one contact person who helps with what you need: someone to talk to, school, work, money, housing or things at home. We also run groups and activities.',
					apply:
						'Drop in without an appointment, call or text. You talk to one of us and we work out together what could help. If another service fits better, we go there with you, so you do not have to tell your story again.',
					eligibility: 'Young people aged 12 to 30 in Fjordvik.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-psykolog-uten-henvisning',
		organization: 'fjordvik-helse',
		level: 'selective',
		minAge: 12,
		maxAge: 24,
		isFree: true,
		canBeAnonymous: false,
		dropIn: true,
		location: 'fjordvik-helsehuset',
		topics: ['trist-eller-redd', 'hjemme', 'noen-skadet-meg', 'ensom', 'mobbing', 'skole'],
		languages: ['nb', 'en'],
		phones: [
			{
				number: '12 34 51 00',
				type: 'voice',
				description: call(
					'Book time (hverdager)',
					'Bestill time (kvardagar)',
					'Book a time (weekdays)'
				)
			},
			{
				number: '12 34 51 01',
				type: 'text',
				description: call(
					'SMS – vi ringer deg tilbake',
					'SMS – vi ringjer deg tilbake',
					'Text us – we call you back'
				)
			}
		],
		schedule: [
			{ byday: 'MO,TU,TH,FR', opens: '08:00', closes: '15:30' },
			{ byday: 'WE', opens: '08:00', closes: '18:30' },
			{ kind: 'drop_in', byday: 'WE', opens: '14:30', closes: '18:30' }
		],
		holidays: true,
		text: texts(
			{ fees: free, confidentiality: confidentiality.health },
			{
				nb: {
					name: 'Psykolog for unge – uten henvisning',
					summary: 'Snakk med en psykolog uten henvisning. Drop-in hver onsdag 14:30–18:30.',
					description:
						'Er du trist, redd, stresset eller har det vondt? Du kan snakke med en psykolog uten å gå til legen først. Vi hjelper med lette og moderate plager, som bekymringer, tristhet, søvnproblemer og vanskelige ting som har skjedd.',
					apply:
						'Kom på drop-in onsdag, eller ring for å få time. Du får som regel time innen 14 dager. Første gang snakker dere om hvordan du har det og hva du ønsker hjelp med.',
					eligibility: 'Unge fra 12 til 24 år som bor i Fjordvik.'
				},
				nn: {
					name: 'Psykolog for unge – utan tilvising',
					summary: 'Snakk med ein psykolog utan tilvising. Drop-in kvar onsdag 14:30–18:30.',
					description:
						'Er du trist, redd, stressa eller har det vondt? Du kan snakke med ein psykolog utan å gå til legen først. Vi hjelper med lette og moderate plager, som uro, tristheit, søvnproblem og vanskelege ting som har skjedd.',
					apply:
						'Kom på drop-in onsdag, eller ring for å få time. Du får som regel time innan 14 dagar. Første gong snakkar de om korleis du har det og kva du ønskjer hjelp med.',
					eligibility: 'Unge frå 12 til 24 år som bur i Fjordvik.'
				},
				en: {
					name: 'Psychologist for young people – no referral',
					summary:
						'Talk to a psychologist without a referral. Drop-in every Wednesday 14:30–18:30.',
					description:
						'Are you sad, scared, stressed or hurting? You can talk to a psychologist without seeing a doctor first. We help with mild and moderate problems, such as worries, sadness, sleep problems and hard things that have happened.',
					apply:
						'Come to the Wednesday drop-in, or call for an appointment. You usually get one within 14 days. The first time you talk about how you are and what you want help with.',
					eligibility: 'Young people aged 12 to 24 living in Fjordvik.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-helsestasjon-for-ungdom',
		organization: 'fjordvik-helse',
		level: 'universal',
		minAge: 12,
		maxAge: 24,
		isFree: true,
		canBeAnonymous: true,
		dropIn: true,
		location: 'fjordvik-helsehuset',
		topics: ['kropp-og-sex', 'trist-eller-redd', 'rus', 'noen-skadet-meg', 'noe-annet'],
		languages: ['nb', 'nn', 'en', 'pl'],
		phones: [
			{
				number: '12 34 52 00',
				type: 'voice',
				description: call(
					'Helsestasjon for ungdom',
					'Helsestasjon for ungdom',
					'Youth health clinic'
				)
			},
			{
				number: '12 34 52 01',
				type: 'text',
				description: call('Send SMS', 'Send SMS', 'Send a text')
			}
		],
		schedule: [
			{ byday: 'TU,TH', opens: '14:00', closes: '18:00' },
			{ kind: 'drop_in', byday: 'TU,TH', opens: '14:00', closes: '18:00' }
		],
		holidays: true,
		text: texts(
			{ fees: free, confidentiality: confidentiality.health },
			{
				nb: {
					name: 'Helsestasjon for ungdom (HFU)',
					summary:
						'Prevensjon, graviditetstest, sjekk for kjønnssykdommer og noen å snakke med. Gratis, drop-in.',
					description:
						'Her møter du helsesykepleier, jordmor og lege. Du kan få prevensjon, nødprevensjon, graviditetstest og test for kjønnssykdommer, og snakke om kropp, sex, forelskelse, rus, mat og følelser.',
					apply:
						'Kom innom uten avtale. Du sitter på venterommet til det er din tur. Du kan si fornavnet ditt, eller ingen navn hvis du bare vil spørre om noe.',
					eligibility: 'Unge fra 12 til 24 år.',
					alert:
						'Stengt i romjulen. Trenger du nødprevensjon da, kan du få kjøpt den på apoteket eller ringe legevakten på 116 117.'
				},
				nn: {
					name: 'Helsestasjon for ungdom (HFU)',
					summary:
						'Prevensjon, graviditetstest, sjekk for kjønnssjukdomar og nokon å snakke med. Gratis, drop-in.',
					description:
						'Her møter du helsesjukepleiar, jordmor og lege. Du kan få prevensjon, naudprevensjon, graviditetstest og test for kjønnssjukdomar, og snakke om kropp, sex, forelsking, rus, mat og kjensler.',
					apply:
						'Kom innom utan avtale. Du sit på venterommet til det er din tur. Du kan seie førenamnet ditt, eller ikkje noko namn viss du berre vil spørje om noko.',
					eligibility: 'Unge frå 12 til 24 år.',
					alert:
						'Stengt i romjula. Treng du naudprevensjon då, kan du kjøpe det på apoteket eller ringje legevakta på 116 117.'
				},
				en: {
					name: 'Youth health clinic (HFU)',
					summary:
						'Contraception, pregnancy tests, STI checks and someone to talk to. Free, drop-in.',
					description:
						'Here you meet a public health nurse, a midwife and a doctor. You can get contraception, emergency contraception, a pregnancy test and STI tests, and talk about your body, sex, love, alcohol and drugs, food and feelings.',
					apply:
						'Come in without an appointment. You wait in the waiting room until it is your turn. You can give your first name, or no name if you only want to ask something.',
					eligibility: 'Young people aged 12 to 24.',
					alert:
						'Closed between Christmas and New Year. If you need emergency contraception then, you can buy it at a pharmacy or call the out-of-hours doctor on 116 117.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-helsesykepleier-skole',
		organization: 'fjordvik-helse',
		level: 'universal',
		minAge: 6,
		maxAge: 20,
		isFree: true,
		dropIn: true,
		topics: ['trist-eller-redd', 'kropp-og-sex', 'mobbing', 'skole', 'hjemme', 'ensom'],
		languages: ['nb', 'en'],
		phones: [
			{
				number: '12 34 53 00',
				type: 'voice',
				description: call(
					'Sentralbord skolehelsetjenesten',
					'Sentralbord skulehelsetenesta',
					'School health service switchboard'
				)
			}
		],
		schedule: [{ byday: weekdays, opens: '08:00', closes: '15:00' }],
		holidays: true,
		text: texts(
			{ fees: free, confidentiality: confidentiality.health },
			{
				nb: {
					name: 'Helsesykepleier på skolen',
					summary:
						'Helsesykepleieren (før: helsesøster) på skolen din kan du snakke med om nesten alt.',
					description:
						'Alle skoler i Fjordvik har sin egen helsesykepleier. Du kan komme innom med små og store ting: vondt i magen, stress, venner, kropp, eller noe som skjer hjemme.',
					apply:
						'Gå innom kontoret når døren er åpen, eller be en lærer om å få gå dit. Du trenger ikke si hvorfor til læreren.',
					eligibility: 'Elever på barneskole, ungdomsskole og videregående i Fjordvik.'
				},
				nn: {
					name: 'Helsesjukepleiar på skulen',
					summary:
						'Helsesjukepleiaren (før: helsesyster) på skulen din kan du snakke med om nesten alt.',
					description:
						'Alle skular i Fjordvik har sin eigen helsesjukepleiar. Du kan kome innom med små og store ting: vondt i magen, stress, vener, kropp, eller noko som skjer heime.',
					apply:
						'Gå innom kontoret når døra er open, eller be ein lærar om å få gå dit. Du treng ikkje seie kvifor til læraren.',
					eligibility: 'Elevar på barneskule, ungdomsskule og vidaregåande i Fjordvik.'
				},
				en: {
					name: 'School nurse',
					summary: 'You can talk to the nurse at your school about almost anything.',
					description:
						'Every school in Fjordvik has its own school nurse. Come by with small and big things: stomach aches, stress, friends, your body, or something happening at home.',
					apply:
						'Drop by the office when the door is open, or ask a teacher if you can go there. You do not have to tell the teacher why.',
					eligibility: 'Pupils at primary, lower secondary and upper secondary schools in Fjordvik.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-barnevern',
		organization: 'fjordvik-oppvekst',
		level: 'indicated',
		minAge: 0,
		maxAge: 23,
		isFree: true,
		location: 'fjordvik-radhuset',
		topics: ['hjemme', 'noen-skadet-meg', 'foreldre'],
		languages: ['nb', 'en'],
		phones: [
			{
				number: '12 34 54 00',
				type: 'voice',
				description: call('Barnevernet, dagtid', 'Barnevernet, dagtid', 'Child welfare, daytime')
			}
		],
		schedule: [{ byday: weekdays, opens: '08:00', closes: '15:30' }],
		holidays: true,
		text: texts(
			{ fees: free, confidentiality: confidentiality.childWelfare },
			{
				nb: {
					name: 'Barnevernet',
					summary: 'Hjelp når det er vanskelig eller utrygt hjemme. Du kan ta kontakt selv.',
					description:
						'Barnevernet skal sørge for at barn og unge har det trygt og godt hjemme. Oftest hjelper de familien der den bor, med samtaler, støtte og tiltak. Etter at du fyller 18, kan du få hjelp videre til du er 23.',
					apply:
						'Du ringer eller kommer innom og forteller hva som skjer. De lytter, spør hva du ønsker, og forteller deg hva som skjer videre. Er du 15 eller eldre, bestemmer du mye selv.',
					eligibility:
						'Barn og unge under 18 år, og unge opp til 23 år som har hatt hjelp fra barnevernet.'
				},
				nn: {
					name: 'Barnevernet',
					summary: 'Hjelp når det er vanskeleg eller utrygt heime. Du kan ta kontakt sjølv.',
					description:
						'Barnevernet skal syte for at barn og unge har det trygt og godt heime. Oftast hjelper dei familien der han bur, med samtalar, støtte og tiltak. Etter at du fyller 18, kan du få hjelp vidare til du er 23.',
					apply:
						'Du ringjer eller kjem innom og fortel kva som skjer. Dei lyttar, spør kva du ønskjer, og fortel deg kva som skjer vidare. Er du 15 eller eldre, bestemmer du mykje sjølv.',
					eligibility:
						'Barn og unge under 18 år, og unge opp til 23 år som har hatt hjelp frå barnevernet.'
				},
				en: {
					name: 'Child welfare (barnevernet)',
					summary: 'Help when things are hard or unsafe at home. You can contact them yourself.',
					description:
						'Child welfare makes sure children and young people are safe and well at home. Most often they help the family where it lives, with talks, support and practical measures. After you turn 18 you can keep getting help until you are 23.',
					apply:
						'Call or drop in and tell them what is happening. They listen, ask what you want, and tell you what happens next. From 15 you have a big say yourself.',
					eligibility:
						'Children and young people under 18, and young people up to 23 who have had help from child welfare.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-barnevernvakt',
		organization: 'fjordvik-oppvekst',
		level: 'indicated',
		minAge: 0,
		maxAge: 18,
		isFree: true,
		// Where a child who cannot be at home tonight (thrown out, not safe) gets a place.
		topics: ['hjemme', 'noen-skadet-meg', 'bolig'],
		languages: ['nb', 'en'],
		phones: [
			{
				number: '12 34 54 99',
				type: 'voice',
				description: call(
					'Barnevernvakten, kveld, natt og helg',
					'Barnevernvakta, kveld, natt og helg',
					'Child welfare emergency, evenings, nights and weekends'
				)
			}
		],
		schedule: [
			{ byday: weekdays, opens: '15:30', closes: '08:00' },
			{ byday: 'SA,SU', opens: '08:00', closes: '08:00' }
		],
		text: texts(
			{ fees: free, confidentiality: confidentiality.childWelfare },
			{
				nb: {
					name: 'Barnevernvakten',
					summary: 'Når barnevernet er stengt: kvelder, netter og helger.',
					description:
						'Barnevernvakten hjelper når et barn eller en ungdom ikke har det trygt, og det ikke kan vente til neste dag. De kan komme ut, finne et trygt sted å være og hjelpe familien.',
					apply: 'Du ringer og forteller hva som skjer. De vurderer om de må komme med en gang.',
					eligibility: 'Barn og unge under 18 år, og voksne som er bekymret for et barn.'
				},
				nn: {
					name: 'Barnevernvakta',
					summary: 'Når barnevernet er stengt: kveldar, netter og helgar.',
					description:
						'Barnevernvakta hjelper når eit barn eller ein ungdom ikkje har det trygt, og det ikkje kan vente til neste dag. Dei kan kome ut, finne ein trygg stad å vere og hjelpe familien.',
					apply: 'Du ringjer og fortel kva som skjer. Dei vurderer om dei må kome med ein gong.',
					eligibility: 'Barn og unge under 18 år, og vaksne som er uroleg for eit barn.'
				},
				en: {
					name: 'Child welfare emergency service',
					summary: 'When child welfare is closed: evenings, nights and weekends.',
					description:
						'The emergency service helps when a child or young person is not safe and it cannot wait until the next day. They can come out, find a safe place to stay and help the family.',
					apply:
						'You call and tell them what is happening. They decide whether they need to come at once.',
					eligibility: 'Children and young people under 18, and adults worried about a child.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-krisesenter',
		organization: 'fjordvik-oppvekst',
		level: 'indicated',
		isFree: true,
		canBeAnonymous: true,
		topics: ['hjemme', 'noen-skadet-meg', 'bolig'],
		languages: ['nb', 'en', 'ar', 'so', 'pl', 'uk'],
		phones: [
			{
				number: '12 34 55 00',
				type: 'voice',
				description: call('Hele døgnet', 'Heile døgeret', 'Day and night')
			}
		],
		schedule: allDay,
		text: texts(
			{ fees: free, confidentiality: confidentiality.helpline },
			{
				nb: {
					name: 'Krisesenteret',
					summary:
						'Et trygt sted hvis noen i familien eller en kjæreste bruker vold eller truer deg.',
					description:
						'Krisesenteret gir råd på telefon og et trygt sted å bo for deg som blir utsatt for vold i nære relasjoner. Adressen er hemmelig for å beskytte dem som bor der.',
					apply:
						'Ring når som helst. De snakker med deg om hva som har skjedd, og hjelper deg å finne ut hva du vil gjøre.',
					eligibility:
						'Alle som blir utsatt for vold eller trusler fra noen de bor med eller er kjæreste med. Er du under 18, samarbeider de med barnevernet.'
				},
				nn: {
					name: 'Krisesenteret',
					summary:
						'Ein trygg stad viss nokon i familien eller ein kjærast brukar vald eller trugar deg.',
					description:
						'Krisesenteret gir råd på telefon og ein trygg stad å bu for deg som blir utsett for vald i nære relasjonar. Adressa er løynd for å verne dei som bur der.',
					apply:
						'Ring når som helst. Dei snakkar med deg om kva som har skjedd, og hjelper deg å finne ut kva du vil gjere.',
					eligibility:
						'Alle som blir utsette for vald eller truslar frå nokon dei bur med eller er kjærast med. Er du under 18, samarbeider dei med barnevernet.'
				},
				en: {
					name: 'Crisis centre',
					summary:
						'A safe place if someone in your family or a partner is violent or threatens you.',
					description:
						'The crisis centre gives advice by phone and a safe place to stay if you are exposed to violence from someone close. The address is secret to protect the people staying there.',
					apply:
						'Call any time. They talk with you about what happened and help you work out what you want to do.',
					eligibility:
						'Anyone exposed to violence or threats from someone they live with or are in a relationship with. If you are under 18, they work with child welfare.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-overgrepsmottak-stottesenter',
		organization: 'fjordvik-frivillig',
		level: 'selective',
		isFree: true,
		canBeAnonymous: true,
		location: 'fjordvik-helsehuset',
		topics: ['noen-skadet-meg', 'kropp-og-sex', 'foreldre'],
		languages: ['nb', 'en'],
		phones: [
			{
				number: '12 34 56 00',
				type: 'voice',
				description: call('Ring for en prat', 'Ring for ein prat', 'Call for a talk')
			}
		],
		schedule: [{ byday: weekdays, opens: '09:00', closes: '16:00' }],
		holidays: true,
		text: texts(
			{ fees: free, confidentiality: confidentiality.helpline },
			{
				nb: {
					name: 'Støttesenter mot seksuelle overgrep',
					summary: 'Noen å snakke med hvis noen har gjort noe seksuelt mot deg som du ikke ville.',
					description:
						'Et lavterskeltilbud for deg som har blitt utsatt for seksuelle overgrep, nå eller for lenge siden, og for familie og venner. Det er aldri din skyld.',
					apply:
						'Ring eller kom innom. Du bestemmer selv hvor mye du vil fortelle. Har det skjedd de siste dagene, ring legevakten på 116 117, slik at spor kan sikres.',
					eligibility: 'Alle som har vært utsatt for seksuelle overgrep, og de nærmeste.'
				},
				nn: {
					name: 'Støttesenter mot seksuelle overgrep',
					summary:
						'Nokon å snakke med viss nokon har gjort noko seksuelt mot deg som du ikkje ville.',
					description:
						'Eit lågterskeltilbod for deg som har vorte utsett for seksuelle overgrep, no eller for lenge sidan, og for familie og vener. Det er aldri di skuld.',
					apply:
						'Ring eller kom innom. Du bestemmer sjølv kor mykje du vil fortelje. Har det skjedd dei siste dagane, ring legevakta på 116 117, slik at spor kan sikrast.',
					eligibility: 'Alle som har vore utsette for seksuelle overgrep, og dei næraste.'
				},
				en: {
					name: 'Support centre against sexual abuse',
					summary:
						'Someone to talk to if someone did something sexual to you that you did not want.',
					description:
						'A low-threshold service for anyone who has been sexually abused, recently or long ago, and for family and friends. It is never your fault.',
					apply:
						'Call or drop in. You decide how much you want to tell. If it happened in the last few days, call the out-of-hours doctor on 116 117 so evidence can be secured.',
					eligibility: 'Anyone who has been sexually abused, and those close to them.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-ungdomskontakter',
		organization: 'fjordvik-oppvekst',
		level: 'selective',
		minAge: 11,
		maxAge: 23,
		isFree: true,
		canBeAnonymous: true,
		dropIn: true,
		topics: ['rus', 'ensom', 'hjemme', 'mobbing', 'noe-annet'],
		languages: ['nb', 'en', 'ar'],
		phones: [
			{
				number: '12 34 57 00',
				type: 'voice',
				description: call('Ring eller SMS', 'Ring eller SMS', 'Call or text')
			},
			{
				number: '12 34 57 00',
				type: 'text',
				description: call('SMS', 'SMS', 'Text')
			}
		],
		schedule: [
			{ byday: 'TU,TH', opens: '12:00', closes: '20:00' },
			{ byday: 'FR,SA', opens: '20:00', closes: '02:00' }
		],
		text: texts(
			{ fees: free, confidentiality: confidentiality.municipal },
			{
				nb: {
					name: 'Ungdomskontaktene (utekontakt)',
					summary:
						'Voksne som er ute der unge er: på skolen, i sentrum og på klubben, også fredag og lørdag kveld.',
					description:
						'Ungdomskontaktene er trygge voksne du kan prate med om hva som helst. De er på skolene på dagtid og ute i sentrum og på klubbene om kvelden og i helgene.',
					apply:
						'Snakk med dem når du ser dem, eller send SMS. De kan hjelpe deg selv, eller bli med deg til andre.',
					eligibility: 'Unge fra 11 til 23 år.'
				},
				nn: {
					name: 'Ungdomskontaktane (utekontakt)',
					summary:
						'Vaksne som er ute der unge er: på skulen, i sentrum og på klubben, også fredag og laurdag kveld.',
					description:
						'Ungdomskontaktane er trygge vaksne du kan prate med om kva som helst. Dei er på skulane på dagtid og ute i sentrum og på klubbane om kvelden og i helgane.',
					apply:
						'Snakk med dei når du ser dei, eller send SMS. Dei kan hjelpe deg sjølv, eller bli med deg til andre.',
					eligibility: 'Unge frå 11 til 23 år.'
				},
				en: {
					name: 'Youth outreach workers',
					summary:
						'Adults who are out where young people are: at school, in town and at the club, also Friday and Saturday nights.',
					description:
						'The youth outreach workers are safe adults you can talk to about anything. They are at the schools during the day, and out in town and at the clubs in the evenings and at weekends.',
					apply:
						'Talk to them when you see them, or send a text. They can help you themselves or go with you to others.',
					eligibility: 'Young people aged 11 to 23.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-ungdomsklubb-sentrum',
		organization: 'fjordvik-oppvekst',
		level: 'universal',
		minAge: 13,
		maxAge: 18,
		isFree: true,
		dropIn: true,
		location: 'fjordvik-ungdomshuset',
		topics: ['ensom', 'noe-annet'],
		languages: ['nb', 'en'],
		phones: [
			{
				number: '12 34 58 00',
				type: 'voice',
				description: call('Klubben', 'Klubben', 'The club')
			}
		],
		schedule: [
			{ byday: 'TU,TH', opens: '18:00', closes: '22:00' },
			{ byday: 'FR', opens: '19:00', closes: '00:30' },
			{ kind: 'drop_in', byday: 'TU,TH', opens: '18:00', closes: '22:00' },
			{ kind: 'drop_in', byday: 'FR', opens: '19:00', closes: '00:30' }
		],
		holidays: true,
		text: texts(
			{ fees: free, confidentiality: confidentiality.municipal },
			{
				nb: {
					name: 'Ungdomsklubben Sentrum',
					summary:
						'Noe gøy å gjøre om kvelden, sammen med andre: spill, musikk, mat og voksne å prate med. Bare kom.',
					description:
						'Klubben har spill, bordtennis, musikkrom og billig mat. Klubbleder og ansatte er der hele kvelden. Mange kommer alene første gang.',
					apply: 'Du kommer bare innom. Si hei til en av de voksne, så viser de deg rundt.',
					eligibility: 'Ungdom fra 8. trinn til 18 år.'
				},
				nn: {
					name: 'Ungdomsklubben Sentrum',
					summary: 'Ein stad å vere med andre. Spel, musikk, mat og vaksne å prate med. Berre kom.',
					description:
						'Klubben har spel, bordtennis, musikkrom og billeg mat. Klubbleiar og tilsette er der heile kvelden. Mange kjem åleine første gong.',
					apply: 'Du kjem berre innom. Sei hei til ein av dei vaksne, så viser dei deg rundt.',
					eligibility: 'Ungdom frå 8. trinn til 18 år.'
				},
				en: {
					name: 'Central youth club',
					summary:
						'A place to be with others. Games, music, food and adults to talk to. Just come.',
					description:
						'The club has games, table tennis, a music room and cheap food. The club leader and staff are there all evening. Many people come alone the first time.',
					apply: 'Just come in. Say hello to one of the adults and they will show you around.',
					eligibility: 'Young people from 8th grade up to 18.'
				}
			}
		)
	},
	{
		slug: 'nordvik-ungdomsklubb',
		organization: 'fjordvik-oppvekst',
		level: 'universal',
		minAge: 13,
		maxAge: 18,
		isFree: true,
		dropIn: true,
		location: 'nordvik-grendehus',
		topics: ['ensom', 'noe-annet'],
		languages: ['nb'],
		phones: [
			{
				number: '12 34 58 10',
				type: 'voice',
				description: call('Klubben', 'Klubben', 'The club')
			}
		],
		schedule: [
			{ byday: 'WE', opens: '18:00', closes: '21:00' },
			{ kind: 'drop_in', byday: 'WE', opens: '18:00', closes: '21:00' }
		],
		holidays: true,
		text: texts(
			{ fees: free, confidentiality: confidentiality.municipal },
			{
				nb: {
					name: 'Ungdomsklubben i Nordvik',
					summary: 'Klubbkveld hver onsdag i grendehuset.',
					description: 'Spill, film og vafler. Voksne fra kommunen er til stede hele kvelden.',
					apply: 'Du kommer bare innom.',
					eligibility: 'Ungdom fra 8. trinn til 18 år.'
				},
				nn: {
					name: 'Ungdomsklubben i Nordvik',
					summary: 'Klubbkveld kvar onsdag i grendehuset.',
					description: 'Spel, film og vaflar. Vaksne frå kommunen er til stades heile kvelden.',
					apply: 'Du kjem berre innom.',
					eligibility: 'Ungdom frå 8. trinn til 18 år.'
				},
				en: {
					name: 'Nordvik youth club',
					summary: 'Club night every Wednesday in the community hall.',
					description:
						'Games, films and waffles. Adults from the municipality are there all evening.',
					apply: 'Just come in.',
					eligibility: 'Young people from 8th grade up to 18.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-rad-om-rus',
		organization: 'fjordvik-helse',
		level: 'selective',
		minAge: 13,
		maxAge: 25,
		isFree: true,
		canBeAnonymous: true,
		location: 'fjordvik-helsehuset',
		topics: ['rus', 'hjemme', 'foreldre'],
		languages: ['nb', 'en'],
		phones: [
			{
				number: '12 34 59 00',
				type: 'voice',
				description: call('Ring oss', 'Ring oss', 'Call us')
			},
			{
				number: '12 34 59 01',
				type: 'text',
				description: call('Send SMS', 'Send SMS', 'Send a text')
			}
		],
		schedule: [{ byday: weekdays, opens: '09:00', closes: '15:00' }],
		holidays: true,
		text: texts(
			{ fees: free, confidentiality: confidentiality.health },
			{
				nb: {
					name: 'Ung og rus – rådgivning',
					summary:
						'Snakk med noen om alkohol, hasj eller andre rusmidler – ditt eget bruk, eller noen du er glad i som drikker.',
					description:
						'Du får snakke med en rådgiver om rus uten å bli dømt. Det gjelder også hvis mamma, pappa eller andre hjemme drikker for mye eller ruser seg.',
					apply: 'Ring eller send SMS, så avtaler dere en samtale. Du kan være anonym.',
					eligibility: 'Unge fra 13 til 25 år, og foreldre som er bekymret.'
				},
				nn: {
					name: 'Ung og rus – rådgiving',
					summary:
						'Snakk med nokon om alkohol, hasj eller andre rusmiddel – din eigen bruk, eller nokon du er glad i som drikk.',
					description:
						'Du får snakke med ein rådgivar om rus utan å bli dømd. Det gjeld også viss mamma, pappa eller andre heime drikk for mykje eller rusar seg.',
					apply: 'Ring eller send SMS, så avtalar de ein samtale. Du kan vere anonym.',
					eligibility: 'Unge frå 13 til 25 år, og foreldre som er uroleg.'
				},
				en: {
					name: 'Young people and drugs – advice',
					summary:
						'Talk to someone about alcohol, cannabis or other drugs – your own use, or someone you love who drinks.',
					description:
						'You can talk to an adviser about alcohol and drugs without being judged. That includes when your mum, dad or someone else at home drinks too much or uses drugs.',
					apply: 'Call or text to arrange a talk. You can stay anonymous.',
					eligibility: 'Young people aged 13 to 25, and worried parents.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-familieteamet',
		organization: 'fjordvik-oppvekst',
		level: 'selective',
		minAge: 0,
		maxAge: 18,
		isFree: true,
		location: 'fjordvik-radhuset',
		topics: ['hjemme', 'foreldre'],
		languages: ['nb', 'en', 'pl', 'ar'],
		phones: [
			{
				number: '12 34 60 00',
				type: 'voice',
				description: call('Familieteamet', 'Familieteamet', 'The family team')
			}
		],
		schedule: [{ byday: weekdays, opens: '08:00', closes: '15:30' }],
		holidays: true,
		text: texts(
			{ fees: free, confidentiality: confidentiality.municipal },
			{
				nb: {
					name: 'Familieteamet',
					summary:
						'Hjelp til familier når det krangles mye, eller når foreldre og barn ikke når fram til hverandre.',
					description:
						'Familieteamet gir samtaler for familier, foreldreveiledning og kurs for foreldre til barn fra 3 til 12 år og fra 10 til 18 år. Ungdom kan også ta kontakt selv.',
					apply:
						'Du eller foreldrene dine ringer. Dere får et første møte innen to uker, der dere snakker om hva som er vanskelig.',
					eligibility: 'Familier med barn og unge under 18 år i Fjordvik.'
				},
				nn: {
					name: 'Familieteamet',
					summary:
						'Hjelp til familiar når det blir krangla mykje, eller når foreldre og barn ikkje når fram til kvarandre.',
					description:
						'Familieteamet gir samtalar for familiar, foreldrerettleiing og kurs for foreldre til barn frå 3 til 12 år og frå 10 til 18 år. Ungdom kan også ta kontakt sjølv.',
					apply:
						'Du eller foreldra dine ringjer. De får eit første møte innan to veker, der de snakkar om kva som er vanskeleg.',
					eligibility: 'Familiar med barn og unge under 18 år i Fjordvik.'
				},
				en: {
					name: 'Family team',
					summary:
						'Help for families when there is a lot of arguing, or parents and children cannot get through to each other.',
					description:
						'The family team offers family talks, parenting guidance and courses for parents of children aged 3 to 12 and 10 to 18. Young people can also get in touch themselves.',
					apply:
						'You or your parents call. You get a first meeting within two weeks, where you talk about what is hard.',
					eligibility: 'Families with children and young people under 18 in Fjordvik.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-ppt',
		organization: 'fjordvik-oppvekst',
		level: 'selective',
		minAge: 0,
		maxAge: 20,
		isFree: true,
		referralRequired: true,
		location: 'fjordvik-radhuset',
		topics: ['skole', 'foreldre'],
		languages: ['nb', 'en'],
		phones: [
			{
				number: '12 34 61 00',
				type: 'voice',
				description: call('PPT', 'PPT', 'PPT')
			}
		],
		schedule: [{ byday: weekdays, opens: '08:00', closes: '15:30' }],
		holidays: true,
		text: texts(
			{ fees: free, confidentiality: confidentiality.municipal },
			{
				nb: {
					name: 'PPT – pedagogisk-psykologisk tjeneste',
					summary:
						'Hjelp når skolen er vanskelig å henge med på, for eksempel med lesing, konsentrasjon eller språk.',
					description:
						'PPT finner ut hva du trenger for å lære godt, og gir råd til skolen og deg. De kan anbefale spesialundervisning eller annen tilrettelegging.',
					apply:
						'Skolen sender en henvisning sammen med foreldrene dine, eller foreldrene dine tar kontakt selv. Så møter du noen fra PPT som snakker med deg og kanskje tester.',
					eligibility: 'Barn og unge i barnehage og skole i Fjordvik.',
					referralInfo:
						'Foreldrene dine kan henvise selv. Skolen og barnehagen kan henvise hvis foreldrene sier ja. Er du over 15, kan du være med å bestemme.'
				},
				nn: {
					name: 'PPT – pedagogisk-psykologisk teneste',
					summary:
						'Hjelp når skulen er vanskeleg å henge med på, til dømes med lesing, konsentrasjon eller språk.',
					description:
						'PPT finn ut kva du treng for å lære godt, og gir råd til skulen og deg. Dei kan tilrå spesialundervisning eller anna tilrettelegging.',
					apply:
						'Skulen sender ei tilvising saman med foreldra dine, eller foreldra dine tek kontakt sjølv. Så møter du nokon frå PPT som snakkar med deg og kanskje testar.',
					eligibility: 'Barn og unge i barnehage og skule i Fjordvik.',
					referralInfo:
						'Foreldra dine kan vise til sjølv. Skulen og barnehagen kan vise til viss foreldra seier ja. Er du over 15, kan du vere med å bestemme.'
				},
				en: {
					name: 'PPT – educational and psychological counselling service',
					summary:
						'Help when school is hard to keep up with, for example reading, concentration or language.',
					description:
						'PPT finds out what you need to learn well, and advises your school and you. They can recommend special education or other adjustments.',
					apply:
						'Your school sends a referral together with your parents, or your parents contact them directly. Then you meet someone from PPT who talks with you and may do some tests.',
					eligibility: 'Children and young people in kindergarten and school in Fjordvik.',
					referralInfo:
						'Your parents can refer you themselves. Your school or kindergarten can refer you if your parents agree. From 15 you have a say too.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-bup',
		organization: 'fjordvik-sykehus',
		level: 'indicated',
		minAge: 0,
		maxAge: 18,
		isFree: true,
		referralRequired: true,
		location: 'byen-bup',
		topics: ['trist-eller-redd', 'foreldre'],
		languages: ['nb', 'en'],
		phones: [
			{
				number: '12 34 62 00',
				type: 'voice',
				description: call('BUP', 'BUP', 'BUP')
			}
		],
		schedule: [{ byday: weekdays, opens: '08:00', closes: '15:30' }],
		holidays: true,
		text: texts(
			{
				fees: {
					nb: 'Gratis for deg under 18 år.',
					nn: 'Gratis for deg under 18 år.',
					en: 'Free if you are under 18.'
				},
				confidentiality: confidentiality.health
			},
			{
				nb: {
					name: 'BUP – psykisk helsevern for barn og unge',
					summary:
						'Behandling når du har det så vondt at det går ut over hverdagen over lang tid. Krever henvisning.',
					description:
						'BUP hjelper barn og unge med alvorlige psykiske plager, som depresjon, angst, spiseforstyrrelser eller selvskading. Du får en fast behandler.',
					apply:
						'Fastlegen, psykologen i kommunen eller barnevernet sender en henvisning. BUP gir svar innen noen uker om du får time.',
					eligibility: 'Barn og unge under 18 år.',
					referralInfo:
						'Fastlege, kommunepsykolog, legevakt eller barnevernet kan henvise deg. Snakk med psykologen for unge først hvis du er usikker.'
				},
				nn: {
					name: 'BUP – psykisk helsevern for barn og unge',
					summary:
						'Behandling når du har det så vondt at det går ut over kvardagen over lang tid. Krev tilvising.',
					description:
						'BUP hjelper barn og unge med alvorlege psykiske plager, som depresjon, angst, eteforstyrringar eller sjølvskading. Du får ein fast behandlar.',
					apply:
						'Fastlegen, psykologen i kommunen eller barnevernet sender ei tilvising. BUP gir svar innan nokre veker om du får time.',
					eligibility: 'Barn og unge under 18 år.',
					referralInfo:
						'Fastlege, kommunepsykolog, legevakt eller barnevernet kan vise deg til BUP. Snakk med psykologen for unge først viss du er usikker.'
				},
				en: {
					name: 'BUP – child and adolescent mental health service',
					summary:
						'Treatment when you are hurting so much it affects daily life over a long time. Needs a referral.',
					description:
						'BUP helps children and young people with serious mental health problems such as depression, anxiety, eating disorders or self-harm. You get one therapist.',
					apply:
						'Your GP, the municipal psychologist or child welfare sends a referral. BUP tells you within a few weeks whether you get an appointment.',
					eligibility: 'Children and young people under 18.',
					referralInfo:
						'Your GP, the municipal psychologist, the out-of-hours doctor or child welfare can refer you. Talk to the psychologist for young people first if you are unsure.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-nav-ungdom',
		organization: 'fjordvik-nav',
		level: 'selective',
		minAge: 16,
		maxAge: 29,
		isFree: true,
		location: 'fjordvik-nav-kontor',
		topics: ['jobb-og-penger', 'bolig', 'skole'],
		languages: ['nb', 'en', 'pl', 'uk', 'ar', 'so'],
		website: 'https://www.nav.no',
		phones: [
			{
				number: '12 34 63 00',
				type: 'voice',
				description: call('Ungdomsveileder', 'Ungdomsrettleiar', 'Youth adviser')
			}
		],
		schedule: [
			{ byday: weekdays, opens: '09:00', closes: '15:00' },
			{ kind: 'drop_in', byday: 'TU', opens: '12:00', closes: '15:00' }
		],
		holidays: true,
		text: texts(
			{ fees: free, confidentiality: confidentiality.municipal },
			{
				nb: {
					name: 'NAV for unge',
					summary: 'Hjelp med jobb, skole, penger til mat og husleie, og å finne et sted å bo.',
					description:
						'En fast veileder hjelper deg med å finne jobb eller skoleplass, søke økonomisk hjelp og få oversikt over pengene dine. Drop-in for unge hver tirsdag.',
					apply:
						'Kom på drop-in tirsdag, eller ring. Dere snakker om hva du trenger, og du får hjelp til å søke.',
					eligibility: 'Unge fra 16 til 29 år i Fjordvik.'
				},
				nn: {
					name: 'NAV for unge',
					summary: 'Hjelp med jobb, skule, pengar til mat og husleige, og å finne ein stad å bu.',
					description:
						'Ein fast rettleiar hjelper deg med å finne jobb eller skuleplass, søkje økonomisk hjelp og få oversikt over pengane dine. Drop-in for unge kvar tysdag.',
					apply:
						'Kom på drop-in tysdag, eller ring. De snakkar om kva du treng, og du får hjelp til å søkje.',
					eligibility: 'Unge frå 16 til 29 år i Fjordvik.'
				},
				en: {
					name: 'NAV for young people',
					summary:
						'Help with work, school, money for food and rent, and finding somewhere to live.',
					description:
						'One adviser helps you find a job or school place, apply for financial help and get an overview of your money. Drop-in for young people every Tuesday.',
					apply:
						'Come to the Tuesday drop-in, or call. You talk about what you need and get help applying.',
					eligibility: 'Young people aged 16 to 29 in Fjordvik.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-oppfolgingstjenesten',
		organization: 'fjordvik-oppvekst',
		level: 'selective',
		minAge: 15,
		maxAge: 21,
		isFree: true,
		topics: ['skole', 'jobb-og-penger'],
		languages: ['nb', 'en'],
		phones: [
			{
				number: '12 34 64 00',
				type: 'voice',
				description: call('Ring eller SMS', 'Ring eller SMS', 'Call or text')
			},
			{
				number: '12 34 64 00',
				type: 'text',
				description: call('SMS', 'SMS', 'Text')
			}
		],
		schedule: [{ byday: weekdays, opens: '08:30', closes: '15:30' }],
		holidays: true,
		text: texts(
			{ fees: free, confidentiality: confidentiality.municipal },
			{
				nb: {
					name: 'Oppfølgingstjenesten (OT)',
					summary: 'Har du sluttet på videregående, eller tenker på det? Vi hjelper deg videre.',
					description:
						'OT hjelper unge som ikke går på skole eller har jobb, med å finne en vei videre: ny skoleplass, lærlingplass, praksis eller jobb. Du får en mentor som følger deg opp.',
					apply:
						'Ring eller send SMS. En mentor møter deg der du vil, og dere lager en plan sammen.',
					eligibility: 'Unge fra 15 til 21 år som har rett til videregående opplæring.'
				},
				nn: {
					name: 'Oppfølgingstenesta (OT)',
					summary: 'Har du slutta på vidaregåande, eller tenkjer på det? Vi hjelper deg vidare.',
					description:
						'OT hjelper unge som ikkje går på skule eller har jobb, med å finne ein veg vidare: ny skuleplass, lærlingplass, praksis eller jobb. Du får ein mentor som følgjer deg opp.',
					apply:
						'Ring eller send SMS. Ein mentor møter deg der du vil, og de lagar ein plan saman.',
					eligibility: 'Unge frå 15 til 21 år som har rett til vidaregåande opplæring.'
				},
				en: {
					name: 'Follow-up service (OT)',
					summary:
						'Want to drop out of upper secondary school, or have you already left? We help you move on.',
					description:
						'OT helps young people who are not in school or work find a way forward: a new school place, an apprenticeship, work experience or a job. You get a mentor who follows you up.',
					apply: 'Call or text. A mentor meets you where you like and you make a plan together.',
					eligibility: 'Young people aged 15 to 21 with a right to upper secondary education.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-bolig-for-unge',
		organization: 'fjordvik-nav',
		level: 'indicated',
		minAge: 16,
		maxAge: 25,
		isFree: true,
		location: 'fjordvik-radhuset',
		topics: ['bolig', 'jobb-og-penger'],
		languages: ['nb', 'en'],
		phones: [
			{
				number: '12 34 65 00',
				type: 'voice',
				description: call('Boligkontoret', 'Bustadkontoret', 'The housing office')
			}
		],
		schedule: [{ byday: weekdays, opens: '09:00', closes: '14:00' }],
		holidays: true,
		text: texts(
			{ fees: free, confidentiality: confidentiality.municipal },
			{
				nb: {
					name: 'Boligkontoret – unge uten bolig',
					summary:
						'Kastet ut, ikke et sted å sove i natt, eller må du flytte? Vi hjelper deg å finne et sted å bo.',
					description:
						'Boligkontoret og NAV hjelper unge som ikke kan bo hjemme, med en trygg bolig, akutt overnatting og hjelp til husleie. Noen får en leilighet med oppfølging.',
					apply:
						'Ring eller kom innom. Har du ikke et sted å sove i natt, si det med én gang, så finner vi en løsning samme dag. Etter kontortid: ring Fjordvik UNG eller 116 111.',
					eligibility: 'Unge fra 16 til 25 år i Fjordvik. Er du under 18, er barnevernet med.'
				},
				nn: {
					name: 'Bustadkontoret – unge utan bustad',
					summary:
						'Kasta ut, ingen stad å sove i natt, eller må du flytte? Vi hjelper deg å finne ein stad å bu.',
					description:
						'Bustadkontoret og NAV hjelper unge som ikkje kan bu heime, med ein trygg bustad, akutt overnatting og hjelp til husleige. Nokre får ei leilegheit med oppfølging.',
					apply:
						'Ring eller kom innom. Har du ikkje ein stad å sove i natt, sei det med ein gong, så finn vi ei løysing same dag. Etter kontortid: ring Fjordvik UNG eller 116 111.',
					eligibility: 'Unge frå 16 til 25 år i Fjordvik. Er du under 18, er barnevernet med.'
				},
				en: {
					name: 'Housing office – young people without a home',
					summary:
						'Kicked out, nowhere to sleep tonight, or have to move out? We help you find somewhere to live.',
					description:
						'The housing office and NAV help young people who cannot live at home with a safe place to live, emergency accommodation and help with rent. Some get a flat with follow-up.',
					apply:
						'Call or drop in. If you have nowhere to sleep tonight, say so at once and we find a solution the same day. After office hours: call Fjordvik UNG or 116 111.',
					eligibility:
						'Young people aged 16 to 25 in Fjordvik. If you are under 18, child welfare takes part.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-slt',
		organization: 'fjordvik-oppvekst',
		level: 'universal',
		isFree: true,
		location: 'fjordvik-radhuset',
		topics: ['rus', 'foreldre', 'noe-annet'],
		languages: ['nb', 'en'],
		phones: [
			{
				number: '12 34 66 00',
				type: 'voice',
				description: call('SLT-koordinator', 'SLT-koordinator', 'SLT coordinator')
			}
		],
		schedule: [{ byday: weekdays, opens: '08:00', closes: '15:30' }],
		holidays: true,
		text: texts(
			{ fees: free, confidentiality: confidentiality.municipal },
			{
				nb: {
					name: 'SLT – forebygging av rus og kriminalitet',
					summary:
						'Kommunen og politiet samarbeider for å hindre at unge havner i rus og kriminalitet.',
					description:
						'SLT-koordinatoren kobler sammen skole, politi, barnevern og fritid når en ungdom er i ferd med å havne utenfor. Foreldre og unge kan ta kontakt for råd.',
					apply:
						'Ring og fortell hva du er bekymret for. Koordinatoren hjelper deg å finne riktig hjelp.',
					eligibility: 'Unge i Fjordvik og foreldrene deres.'
				},
				nn: {
					name: 'SLT – førebygging av rus og kriminalitet',
					summary:
						'Kommunen og politiet samarbeider for å hindre at unge hamnar i rus og kriminalitet.',
					description:
						'SLT-koordinatoren koplar saman skule, politi, barnevern og fritid når ein ungdom er i ferd med å hamne utanfor. Foreldre og unge kan ta kontakt for råd.',
					apply:
						'Ring og fortel kva du er uroleg for. Koordinatoren hjelper deg å finne rett hjelp.',
					eligibility: 'Unge i Fjordvik og foreldra deira.'
				},
				en: {
					name: 'SLT – preventing drugs and crime',
					summary:
						'The municipality and the police work together to keep young people away from drugs and crime.',
					description:
						'The SLT coordinator brings school, police, child welfare and leisure services together when a young person is at risk of ending up outside. Parents and young people can get in touch for advice.',
					apply:
						'Call and say what you are worried about. The coordinator helps you find the right help.',
					eligibility: 'Young people in Fjordvik and their parents.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-leksehjelp-motested',
		organization: 'fjordvik-frivillig',
		level: 'universal',
		minAge: 10,
		maxAge: 19,
		isFree: true,
		dropIn: true,
		location: 'fjordvik-ungdomshuset',
		topics: ['skole', 'ensom', 'mobbing'],
		languages: ['nb', 'en', 'uk', 'ar', 'so', 'pl'],
		phones: [
			{
				number: '12 34 67 00',
				type: 'voice',
				description: call('Frivilligsentralen', 'Frivilligsentralen', 'The volunteer centre')
			}
		],
		schedule: [
			{ byday: 'MO,WE', opens: '16:00', closes: '19:00' },
			{ kind: 'drop_in', byday: 'MO,WE', opens: '16:00', closes: '19:00' }
		],
		holidays: true,
		text: texts(
			{ fees: free, confidentiality: confidentiality.municipal },
			{
				nb: {
					name: 'Leksehjelp og møtested',
					summary:
						'Gratis hjelp med lekser fra frivillige, saft og boller. Et sted å være etter skolen.',
					description:
						'Frivillige hjelper med lekser i alle fag. Mange kommer også bare for å være sammen med andre. Frivillige snakker flere språk.',
					apply: 'Kom innom med leksene dine. Ingen påmelding.',
					eligibility: 'Elever fra 5. trinn til videregående.'
				},
				nn: {
					name: 'Leksehjelp og møtestad',
					summary:
						'Gratis leksehjelp med frivillige, saft og bollar. Ein stad å vere etter skulen.',
					description:
						'Frivillige hjelper med lekser i alle fag. Mange kjem også berre for å vere saman med andre. Frivillige snakkar fleire språk.',
					apply: 'Kom innom med leksene dine. Inga påmelding.',
					eligibility: 'Elevar frå 5. trinn til vidaregåande.'
				},
				en: {
					name: 'Homework help and meeting place',
					summary:
						'Free homework help from volunteers, with juice and buns. A place to be after school.',
					description:
						'Volunteers help with homework in every subject. Many people also come just to be with others. Volunteers speak several languages.',
					apply: 'Drop in with your homework. No sign-up.',
					eligibility: 'Pupils from 5th grade to upper secondary.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-mobbeombud',
		organization: 'fjordvik-oppvekst',
		level: 'selective',
		minAge: 6,
		maxAge: 20,
		isFree: true,
		canBeAnonymous: true,
		location: 'fjordvik-radhuset',
		topics: ['mobbing', 'skole', 'foreldre'],
		languages: ['nb', 'en'],
		email: 'mobbeombud@fjordvik.example',
		phones: [
			{
				number: '12 34 68 00',
				type: 'voice',
				description: call('Mobbeombudet', 'Mobbeombodet', 'The anti-bullying ombud')
			},
			{
				number: '12 34 68 01',
				type: 'text',
				description: call('Send SMS', 'Send SMS', 'Send a text')
			}
		],
		schedule: [{ byday: weekdays, opens: '09:00', closes: '15:00' }],
		holidays: true,
		text: texts(
			{ fees: free, confidentiality: confidentiality.municipal },
			{
				nb: {
					name: 'Mobbeombudet',
					summary: 'Blir du mobbet, og skolen gjør ikke nok? Mobbeombudet hjelper deg å bli hørt.',
					description:
						'Du har rett til et trygt og godt skolemiljø. Mobbeombudet forklarer rettighetene dine, snakker med skolen og kan hjelpe deg å klage.',
					apply:
						'Ring, send SMS eller e-post. Du kan være anonym når du spør om råd. Ombudet gjør ingenting videre uten at du sier ja.',
					eligibility:
						'Elever i barnehage, grunnskole og videregående i Fjordvik, og foreldrene deres.'
				},
				nn: {
					name: 'Mobbeombodet',
					summary: 'Blir du mobba, og skulen gjer ikkje nok? Mobbeombodet hjelper deg å bli høyrd.',
					description:
						'Du har rett til eit trygt og godt skulemiljø. Mobbeombodet forklarer rettane dine, snakkar med skulen og kan hjelpe deg å klage.',
					apply:
						'Ring, send SMS eller e-post. Du kan vere anonym når du spør om råd. Ombodet gjer ingenting vidare utan at du seier ja.',
					eligibility:
						'Elevar i barnehage, grunnskule og vidaregåande i Fjordvik, og foreldra deira.'
				},
				en: {
					name: 'Anti-bullying ombud',
					summary:
						'Being bullied and the school is not doing enough? The ombud helps you be heard.',
					description:
						'You have a right to a safe and good school environment. The ombud explains your rights, talks to the school and can help you complain.',
					apply:
						'Call, text or email. You can stay anonymous when asking for advice. The ombud does nothing further unless you say yes.',
					eligibility:
						'Pupils in kindergarten, school and upper secondary in Fjordvik, and their parents.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-jordmor-unge-gravide',
		organization: 'fjordvik-helse',
		level: 'selective',
		minAge: 12,
		maxAge: 24,
		isFree: true,
		location: 'fjordvik-helsehuset',
		topics: ['kropp-og-sex'],
		languages: ['nb', 'en', 'ar', 'so'],
		phones: [
			{
				number: '12 34 69 00',
				type: 'voice',
				description: call('Jordmor', 'Jordmor', 'Midwife')
			},
			{
				number: '12 34 69 01',
				type: 'text',
				description: call('Send SMS', 'Send SMS', 'Send a text')
			}
		],
		schedule: [{ byday: 'MO,WE,FR', opens: '09:00', closes: '15:00' }],
		holidays: true,
		text: texts(
			{ fees: free, confidentiality: confidentiality.health },
			{
				nb: {
					name: 'Jordmor for unge – gravid eller kanskje gravid',
					summary:
						'Tror du at du er gravid? Snakk med en jordmor om alle valgene dine, i ro og fred.',
					description:
						'Jordmoren hjelper deg med graviditetstest, svangerskapskontroll og samtaler om valgene du har, også abort. Du bestemmer selv.',
					apply: 'Ring eller send SMS, så får du time samme uke. Du kan ta med noen hvis du vil.',
					eligibility: 'Unge fra 12 til 24 år, og partnere.'
				},
				nn: {
					name: 'Jordmor for unge – gravid eller kanskje gravid',
					summary: 'Trur du at du er gravid? Snakk med ei jordmor om alle vala dine, i ro og fred.',
					description:
						'Jordmora hjelper deg med graviditetstest, svangerskapskontroll og samtalar om vala du har, også abort. Du bestemmer sjølv.',
					apply: 'Ring eller send SMS, så får du time same veke. Du kan ta med nokon viss du vil.',
					eligibility: 'Unge frå 12 til 24 år, og partnarar.'
				},
				en: {
					name: 'Midwife for young people – pregnant or maybe pregnant',
					summary:
						'Think you might be pregnant? Talk calmly with a midwife about all your choices.',
					description:
						'The midwife helps with a pregnancy test, pregnancy check-ups and talks about your options, including abortion. You decide.',
					apply:
						'Call or text and you get an appointment the same week. You can bring someone if you like.',
					eligibility: 'Young people aged 12 to 24, and partners.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-legevakt',
		organization: 'fjordvik-helse',
		level: 'universal',
		isFree: false,
		dropIn: true,
		location: 'fjordvik-legevakt',
		topics: ['noen-skadet-meg', 'kropp-og-sex', 'rus'],
		languages: ['nb', 'en'],
		phones: [
			{
				number: '116 117',
				type: 'voice',
				description: call('Ring før du kommer', 'Ring før du kjem', 'Call before you come')
			}
		],
		schedule: [
			{ byday: weekdays, opens: '15:00', closes: '08:00' },
			{ byday: 'SA,SU', opens: '08:00', closes: '08:00' }
		],
		text: texts(
			{
				fees: {
					nb: 'Gratis under 16 år. Fra 16 år betaler du egenandel.',
					nn: 'Gratis under 16 år. Frå 16 år betaler du eigendel.',
					en: 'Free under 16. From 16 you pay a patient fee.'
				},
				confidentiality: confidentiality.health
			},
			{
				nb: {
					name: 'Fjordvik legevakt',
					summary: 'Lege når fastlegen er stengt: kvelder, netter og helger.',
					description:
						'Legevakten tar imot deg som er syk eller skadet og ikke kan vente. Hit kan du også komme etter en voldtekt eller et overgrep.',
					apply:
						'Ring 116 117 før du kommer, så slipper du å vente lenge. En sykepleier vurderer hvor raskt du må til lege.',
					eligibility: 'Alle som er i Fjordvik.'
				},
				nn: {
					name: 'Fjordvik legevakt',
					summary: 'Lege når fastlegen er stengd: kveldar, netter og helgar.',
					description:
						'Legevakta tek imot deg som er sjuk eller skadd og ikkje kan vente. Hit kan du også kome etter ei valdtekt eller eit overgrep.',
					apply:
						'Ring 116 117 før du kjem, så slepp du å vente lenge. Ein sjukepleiar vurderer kor raskt du må til lege.',
					eligibility: 'Alle som er i Fjordvik.'
				},
				en: {
					name: 'Fjordvik out-of-hours clinic',
					summary: 'A doctor when your GP is closed: evenings, nights and weekends.',
					description:
						'The out-of-hours clinic sees people who are ill or injured and cannot wait. You can also come here after a rape or sexual assault.',
					apply:
						'Call 116 117 before you come so you do not wait long. A nurse decides how quickly you need a doctor.',
					eligibility: 'Anyone who is in Fjordvik.'
				}
			}
		)
	},
	{
		slug: 'fjordvik-foreldrekurs',
		organization: 'fjordvik-oppvekst',
		level: 'selective',
		isFree: true,
		location: 'fjordvik-radhuset',
		topics: ['foreldre'],
		languages: ['nb', 'en', 'pl', 'uk', 'ar', 'so'],
		phones: [
			{
				number: '12 34 60 10',
				type: 'voice',
				description: call('Påmelding', 'Påmelding', 'Sign-up')
			}
		],
		schedule: [{ byday: weekdays, opens: '08:00', closes: '15:30' }],
		holidays: true,
		text: texts(
			{ fees: free, confidentiality: confidentiality.municipal },
			{
				nb: {
					name: 'Foreldrekurs og foreldreveiledning',
					summary: 'Kurs og samtaler for foreldre som vil forstå barnet sitt bedre, også med tolk.',
					description:
						'Korte kurs for foreldre til barn fra 3 til 12 år og til tenåringer fra 10 til 18 år, om følelser, grenser og å snakke sammen. Tolk kan bestilles.',
					apply:
						'Ring for å melde deg på, eller be om en samtale først. Du får et tilbud innen fire uker.',
					eligibility: 'Foreldre og andre omsorgspersoner i Fjordvik.'
				},
				nn: {
					name: 'Foreldrekurs og foreldrerettleiing',
					summary: 'Kurs og samtalar for foreldre som vil forstå barnet sitt betre, også med tolk.',
					description:
						'Korte kurs for foreldre til barn frå 3 til 12 år og til tenåringar frå 10 til 18 år, om kjensler, grenser og å snakke saman. Tolk kan bestillast.',
					apply:
						'Ring for å melde deg på, eller be om ein samtale først. Du får eit tilbod innan fire veker.',
					eligibility: 'Foreldre og andre omsorgspersonar i Fjordvik.'
				},
				en: {
					name: 'Parenting courses and guidance',
					summary:
						'Courses and talks for parents who want to understand their child better, also with an interpreter.',
					description:
						'Short courses for parents of children aged 3 to 12 and of teenagers aged 10 to 18, about feelings, limits and talking together. An interpreter can be booked.',
					apply: 'Call to sign up, or ask for a talk first. You get an offer within four weeks.',
					eligibility: 'Parents and other carers in Fjordvik.'
				}
			}
		)
	}
];

/**
 * Issue 12: the structured fields behind "when help is next there" and "what happens when
 * you get in touch", kept apart from the texts so translators and staff see them as values.
 * Reply times and waits are demo values for the invented local services only; the national
 * lines get no such promise from us. The legal facts follow official sources: health help is
 * your own decision from 16 (pasient- og brukerrettighetsloven § 4-3), from 12 you can ask
 * that parents are not told (§ 3-4); everyone working with children must tell barnevernet
 * when a child is in serious danger (helsepersonelloven § 33, barnevernsloven § 13-2);
 * from 15 you are a party in your own barnevern case (barnevernsloven § 12-3).
 */
export type Lang7 = 'nb' | 'nn' | 'en' | 'uk' | 'pl' | 'ar' | 'so';
export type ServiceExtras = {
	/** Topics the service is for, not merely covers; ranked first on those topic pages. */
	primaryTopics: string[];
	alertFrom?: string;
	alertTo?: string;
	replyMinutes?: number;
	waitDays?: number;
	writtenDown?: 'nothing' | 'notes' | 'record';
	whoIsTold?: 'only_danger' | 'health' | 'parents_involved';
	ownDecisionAge?: number;
	bringFriend?: boolean;
	interpreter?: boolean;
	whoAnswers?: Record<Lang7, string>;
};

const volunteer: Record<Lang7, string> = {
	nb: 'En frivillig som har fått opplæring i å lytte.',
	nn: 'Ein frivillig som har fått opplæring i å lytte.',
	en: 'A volunteer trained to listen.',
	uk: 'Волонтер, якого навчили слухати.',
	pl: 'Wolontariusz przeszkolony do słuchania.',
	ar: 'متطوع تدرّب على الاستماع.',
	so: 'Tabarruce loo tababaray inuu dhageysto.'
};

const nurse: Record<Lang7, string> = {
	nb: 'En helsesykepleier, jordmor eller lege.',
	nn: 'Ein helsesjukepleiar, jordmor eller lege.',
	en: 'A public health nurse, midwife or doctor.',
	uk: 'Медсестра, акушерка або лікар.',
	pl: 'Pielęgniarka, położna lub lekarz.',
	ar: 'ممرضة صحية أو قابلة أو طبيب.',
	so: 'Kalkaaliso caafimaad, umuliso ama dhakhtar.'
};

export const serviceExtras: Record<string, ServiceExtras> = {
	'nodnummer-112-politi': { primaryTopics: ['noen-skadet-meg', 'hjemme'], writtenDown: 'record' },
	'nodnummer-113-ambulanse': {
		primaryTopics: ['noen-skadet-meg', 'rus', 'trist-eller-redd'],
		writtenDown: 'record'
	},
	'legevakt-116117': {
		primaryTopics: ['noen-skadet-meg'],
		writtenDown: 'record',
		whoIsTold: 'health',
		ownDecisionAge: 16,
		interpreter: true
	},
	'alarmtelefonen-116111': {
		primaryTopics: ['hjemme', 'noen-skadet-meg'],
		writtenDown: 'nothing',
		whoIsTold: 'only_danger',
		whoAnswers: {
			nb: 'Noen som jobber i barnevernet og vet mye om vold og overgrep.',
			nn: 'Nokon som jobbar i barnevernet og veit mykje om vald og overgrep.',
			en: 'Someone from child welfare who knows a lot about violence and abuse.',
			uk: 'Працівник служби захисту дітей, який багато знає про насильство.',
			pl: 'Ktoś z ochrony dzieci, kto dużo wie o przemocy i wykorzystywaniu.',
			ar: 'شخص من حماية الطفل يعرف الكثير عن العنف والاعتداء.',
			so: 'Qof ka tirsan ilaalinta carruurta oo wax badan ka yaqaan rabshadda iyo xadgudubka.'
		}
	},
	'mental-helse-116123': {
		primaryTopics: ['trist-eller-redd', 'ensom'],
		writtenDown: 'nothing',
		whoIsTold: 'only_danger',
		whoAnswers: volunteer
	},
	'kirkens-sos': {
		primaryTopics: ['trist-eller-redd', 'ensom'],
		writtenDown: 'nothing',
		whoIsTold: 'only_danger',
		whoAnswers: volunteer
	},
	'kors-pa-halsen': {
		primaryTopics: ['trist-eller-redd', 'ensom', 'mobbing'],
		writtenDown: 'nothing',
		whoIsTold: 'only_danger',
		whoAnswers: volunteer
	},
	'ung-no': { primaryTopics: [] },
	// "Én dør inn" is a good default, never the best fit for one topic above a specialist.
	'fjordvik-ung-en-dor-inn': {
		primaryTopics: ['noe-annet'],
		replyMinutes: 120,
		writtenDown: 'notes',
		whoIsTold: 'only_danger',
		bringFriend: true,
		interpreter: true,
		whoAnswers: {
			nb: 'En ungdomsveileder hos UNG.',
			nn: 'Ein ungdomsrettleiar hos UNG.',
			en: 'A youth worker at UNG.',
			uk: 'Молодіжний консультант в UNG.',
			pl: 'Doradca młodzieżowy w UNG.',
			ar: 'مرشد شباب في UNG.',
			so: 'La-taliye dhallinyaro oo ka tirsan UNG.'
		}
	},
	'fjordvik-psykolog-uten-henvisning': {
		primaryTopics: ['trist-eller-redd'],
		waitDays: 14,
		writtenDown: 'record',
		whoIsTold: 'health',
		ownDecisionAge: 16,
		bringFriend: true,
		interpreter: true,
		whoAnswers: {
			nb: 'En psykolog som jobber med unge.',
			nn: 'Ein psykolog som jobbar med unge.',
			en: 'A psychologist who works with young people.',
			uk: 'Психолог, який працює з молоддю.',
			pl: 'Psycholog pracujący z młodzieżą.',
			ar: 'أخصائي نفسي يعمل مع الشباب.',
			so: 'Cilmi-nafsi yaqaan la shaqeeya dhallinyarada.'
		}
	},
	'fjordvik-helsestasjon-for-ungdom': {
		primaryTopics: ['kropp-og-sex'],
		// The Christmas closure notice shows from mid-December until the clinic reopens.
		alertFrom: '2026-12-14',
		alertTo: '2026-12-31',
		writtenDown: 'record',
		whoIsTold: 'health',
		ownDecisionAge: 16,
		bringFriend: true,
		interpreter: true,
		whoAnswers: nurse
	},
	'fjordvik-helsesykepleier-skole': {
		primaryTopics: ['skole', 'trist-eller-redd'],
		replyMinutes: 24 * 60,
		writtenDown: 'record',
		whoIsTold: 'health',
		ownDecisionAge: 16,
		bringFriend: true,
		whoAnswers: nurse
	},
	'fjordvik-barnevern': {
		primaryTopics: ['hjemme'],
		writtenDown: 'record',
		whoIsTold: 'parents_involved',
		ownDecisionAge: 15,
		interpreter: true
	},
	'fjordvik-barnevernvakt': {
		primaryTopics: ['hjemme', 'noen-skadet-meg'],
		writtenDown: 'record',
		whoIsTold: 'parents_involved',
		ownDecisionAge: 15,
		interpreter: true
	},
	'fjordvik-krisesenter': {
		// For violence and threats; it covers "difficult at home" but is not the first answer
		// to a row with parents or being thrown out.
		primaryTopics: ['noen-skadet-meg'],
		writtenDown: 'notes',
		whoIsTold: 'only_danger',
		interpreter: true
	},
	'fjordvik-overgrepsmottak-stottesenter': {
		primaryTopics: ['noen-skadet-meg'],
		writtenDown: 'notes',
		whoIsTold: 'only_danger',
		bringFriend: true,
		interpreter: true
	},
	'fjordvik-ungdomskontakter': {
		primaryTopics: ['rus', 'ensom'],
		replyMinutes: 180,
		writtenDown: 'nothing',
		whoIsTold: 'only_danger',
		bringFriend: true
	},
	'fjordvik-ungdomsklubb-sentrum': { primaryTopics: ['ensom'], bringFriend: true },
	'nordvik-ungdomsklubb': { primaryTopics: ['ensom'], bringFriend: true },
	'fjordvik-rad-om-rus': {
		primaryTopics: ['rus'],
		waitDays: 7,
		writtenDown: 'notes',
		whoIsTold: 'only_danger',
		bringFriend: true,
		interpreter: true
	},
	'fjordvik-familieteamet': {
		primaryTopics: ['hjemme', 'foreldre'],
		waitDays: 14,
		interpreter: true
	},
	'fjordvik-ppt': {
		primaryTopics: ['skole'],
		waitDays: 60,
		whoIsTold: 'parents_involved',
		interpreter: true
	},
	'fjordvik-bup': {
		primaryTopics: [],
		waitDays: 60,
		writtenDown: 'record',
		whoIsTold: 'health',
		ownDecisionAge: 16,
		interpreter: true
	},
	'fjordvik-nav-ungdom': { primaryTopics: ['jobb-og-penger'], waitDays: 5, interpreter: true },
	'fjordvik-oppfolgingstjenesten': { primaryTopics: ['skole'] },
	'fjordvik-bolig-for-unge': { primaryTopics: ['bolig'], waitDays: 10, interpreter: true },
	'fjordvik-slt': { primaryTopics: [] },
	'fjordvik-leksehjelp-motested': { primaryTopics: ['skole'], bringFriend: true },
	'fjordvik-mobbeombud': {
		primaryTopics: ['mobbing'],
		replyMinutes: 24 * 60,
		writtenDown: 'notes',
		whoIsTold: 'only_danger',
		bringFriend: true
	},
	'fjordvik-jordmor-unge-gravide': {
		// Pregnancy only: it covers the body topic, but is not the first answer to every
		// question about it (gender, eating, STIs); "gravid" in its title still puts it first.
		primaryTopics: [],
		waitDays: 3,
		writtenDown: 'record',
		whoIsTold: 'health',
		ownDecisionAge: 16,
		bringFriend: true,
		interpreter: true,
		whoAnswers: nurse
	},
	'fjordvik-legevakt': {
		primaryTopics: ['noen-skadet-meg'],
		writtenDown: 'record',
		whoIsTold: 'health',
		ownDecisionAge: 16,
		interpreter: true
	},
	'fjordvik-foreldrekurs': { primaryTopics: ['foreldre'] }
};
