/**
 * Demo activities for Fjordvik kommune. Everything here is invented: places, clubs, prices,
 * times, addresses and links (the plans in shared/seeds name no local leisure offers). Dates
 * are written relative to the week the seed runs in, so the calendar always has something.
 *
 * `weeks: [from, to]` counts weeks from this week's Monday (to `null` = until further
 * notice); `on` is a day offset from this week's Monday for a single date.
 */
import type { ActivityKind, OrganizerKind } from '../../src/lib/server/db/schema';
import type { ActivityType } from '../../src/lib/server/activities/vocabulary';

export type SeedText = {
	name: string;
	description: string;
	bring?: string;
	price?: string;
	howToJoin?: string;
	access?: string;
};

type Reason = Record<'nb' | 'nn' | 'en', string> & Partial<Record<'pl' | 'uk', string>>;

export type SeedSchedule = {
	days?: string;
	from: string;
	to: string;
	weeks?: [number, number | null];
	on?: number;
	/** Weeks (offsets) whose session is skipped on purpose, on the schedule's first day. */
	except?: number[];
	cancel?: { week: number; reason: Reason };
};

export type SeedActivity = {
	slug: string;
	kind: ActivityKind;
	type: ActivityType;
	organizer: string;
	location: string;
	ages: [number, number];
	/** true, or the price in kroner. */
	free: true | number;
	dropIn?: boolean;
	registration?: boolean;
	lending?: boolean;
	wheelchair?: boolean;
	adapted?: boolean;
	sensory?: boolean;
	langs?: string[];
	gender?: 'girls' | 'boys';
	capacity?: number;
	when: SeedSchedule[];
	texts: { nb: SeedText; nn: SeedText; en: SeedText; pl?: SeedText; uk?: SeedText };
};

export const areas = [
	{ slug: 'sentrum', name: 'Sentrum', latitude: 59.2042, longitude: 9.6091 },
	{ slug: 'nordbygda', name: 'Nordbygda', latitude: 59.2311, longitude: 9.5902 },
	{ slug: 'sorvika', name: 'Sørvika', latitude: 59.1844, longitude: 9.6315 },
	{ slug: 'fjellheim', name: 'Fjellheim', latitude: 59.2205, longitude: 9.5524 }
];

export const organizers: {
	slug: string;
	name: string;
	kind: OrganizerKind;
	email?: string;
	phone?: string;
	url?: string;
}[] = [
	{
		slug: 'ungdom-og-fritid',
		name: 'Fjordvik kommune, Ungdom og fritid',
		kind: 'municipal',
		email: 'fritid@fjordvik.example',
		phone: '+47 99 99 10 00'
	},
	{
		slug: 'bibliotek',
		name: 'Fjordvik bibliotek',
		kind: 'municipal',
		email: 'bibliotek@fjordvik.example',
		phone: '+47 99 99 10 20'
	},
	{
		slug: 'kulturskole',
		name: 'Fjordvik kulturskole',
		kind: 'municipal',
		email: 'kulturskolen@fjordvik.example',
		phone: '+47 99 99 10 30'
	},
	{
		slug: 'fjordvik-il',
		name: 'Fjordvik idrettslag',
		kind: 'voluntary',
		email: 'post@fjordvik-il.example'
	},
	{
		slug: 'nordbygda-il',
		name: 'Nordbygda idrettslag',
		kind: 'voluntary',
		email: 'post@nordbygda-il.example'
	},
	{ slug: 'turlaget', name: 'Fjordvik turlag', kind: 'voluntary', email: 'tur@fjordvik.example' },
	{
		slug: 'frivilligsentral',
		name: 'Fjordvik frivilligsentral',
		kind: 'voluntary',
		email: 'frivillig@fjordvik.example',
		phone: '+47 99 99 10 40'
	},
	{
		slug: 'klatreklubb',
		name: 'Fjordvik klatreklubb',
		kind: 'voluntary',
		email: 'klatring@fjordvik.example'
	},
	{
		slug: 'sorvika-dans',
		name: 'Sørvika dansestudio AS',
		kind: 'private',
		email: 'dans@sorvika.example'
	}
];

export const locations = [
	{
		slug: 'ungdomshuset',
		name: 'Fjordvik ungdomshus',
		street: 'Torggata 4',
		lat: 59.2049,
		lon: 9.6102,
		area: 'sentrum'
	},
	{
		slug: 'biblioteket',
		name: 'Fjordvik bibliotek',
		street: 'Torggata 1',
		lat: 59.2038,
		lon: 9.6085,
		area: 'sentrum'
	},
	{
		slug: 'sentrumshallen',
		name: 'Sentrumshallen',
		street: 'Idrettsveien 2',
		lat: 59.2071,
		lon: 9.6127,
		area: 'sentrum'
	},
	{
		slug: 'kunstgress-sentrum',
		name: 'Kunstgresset ved Fjordvik skole',
		street: 'Skoleveien 10',
		lat: 59.2062,
		lon: 9.6041,
		area: 'sentrum'
	},
	{
		slug: 'kulturskolen',
		name: 'Fjordvik kulturskole',
		street: 'Kirkegata 7',
		lat: 59.2029,
		lon: 9.6113,
		area: 'sentrum'
	},
	{
		slug: 'svommehallen',
		name: 'Fjordvik svømmehall',
		street: 'Idrettsveien 4',
		lat: 59.2075,
		lon: 9.6139,
		area: 'sentrum'
	},
	{
		slug: 'bua',
		name: 'BUA Fjordvik (utlån)',
		street: 'Havnegata 12',
		lat: 59.2021,
		lon: 9.6066,
		area: 'sentrum'
	},
	{
		slug: 'nordbygda-grendehus',
		name: 'Nordbygda grendehus',
		street: 'Nordbygdveien 55',
		lat: 59.2318,
		lon: 9.5911,
		area: 'nordbygda'
	},
	{
		slug: 'nordbygda-skole',
		name: 'Nordbygda skole, gymsalen',
		street: 'Nordbygdveien 40',
		lat: 59.2297,
		lon: 9.5879,
		area: 'nordbygda'
	},
	{
		slug: 'sorvika-kulturhus',
		name: 'Sørvika kulturhus',
		street: 'Strandveien 21',
		lat: 59.1851,
		lon: 9.6302,
		area: 'sorvika'
	},
	{
		slug: 'gjenbruksbua',
		name: 'Gjenbruksbua Sørvika',
		street: 'Strandveien 30',
		lat: 59.1839,
		lon: 9.6327,
		area: 'sorvika'
	},
	{
		slug: 'sorvika-brygge',
		name: 'Sørvika brygge',
		street: 'Bryggeveien 1',
		lat: 59.1828,
		lon: 9.6349,
		area: 'sorvika'
	},
	{
		slug: 'fjellheim-friluft',
		name: 'Fjellheim friluftssenter',
		street: 'Fjellheimveien 120',
		lat: 59.2212,
		lon: 9.5511,
		area: 'fjellheim'
	},
	{
		slug: 'klatreveggen',
		name: 'Klatreveggen i Fjellheimhallen',
		street: 'Fjellheimveien 80',
		lat: 59.2189,
		lon: 9.5562,
		area: 'fjellheim'
	}
];

export const activities: SeedActivity[] = [
	{
		slug: 'ungdomsklubben-sentrum',
		kind: 'session_series',
		type: 'youth_club',
		organizer: 'ungdom-og-fritid',
		location: 'ungdomshuset',
		ages: [13, 18],
		free: true,
		dropIn: true,
		wheelchair: true,
		langs: ['nb', 'en'],
		when: [
			{
				days: 'TU,TH',
				from: '18:00',
				to: '22:00',
				weeks: [-10, null],
				cancel: {
					week: 1,
					reason: {
						nb: 'Vannlekkasje i kjelleren, huset er stengt',
						nn: 'Vasslekkasje i kjellaren, huset er stengt',
						en: 'Water leak in the basement, the house is closed',
						pl: 'Przeciek wody w piwnicy, dom jest zamknięty',
						uk: 'Протікає вода в підвалі, будинок зачинено'
					}
				}
			},
			{ days: 'FR', from: '19:00', to: '23:00', weeks: [-10, null] }
		],
		texts: {
			nb: {
				name: 'Ungdomsklubben i sentrum',
				description:
					'Et trygt sted å være på kveldene. Spill bordtennis, biljard og PlayStation, lag mat sammen eller bare prat. Voksne ansatte er alltid til stede.',
				howToJoin: 'Bare kom innom. Første gang sier du hei til en av de voksne i døra.'
			},
			nn: {
				name: 'Ungdomsklubben i sentrum',
				description:
					'Ein trygg stad å vere om kveldane. Spel bordtennis, biljard og PlayStation, lag mat saman eller berre prat. Vaksne tilsette er alltid til stades.',
				howToJoin: 'Berre kom innom. Første gong seier du hei til ein av dei vaksne i døra.'
			},
			en: {
				name: 'Youth club in the town centre',
				description:
					'A safe place to spend your evenings. Play table tennis, pool and PlayStation, cook together or just talk. Adult staff are always there.',
				howToJoin: 'Just drop in. The first time, say hello to one of the adults at the door.'
			},
			pl: {
				name: 'Klub młodzieżowy w centrum',
				description:
					'Bezpieczne miejsce na wieczory. Można grać w tenisa stołowego, bilard i na PlayStation, gotować razem albo po prostu porozmawiać. Zawsze są na miejscu dorośli pracownicy.',
				howToJoin:
					'Wystarczy przyjść. Za pierwszym razem przywitaj się z jednym z dorosłych przy drzwiach.'
			},
			uk: {
				name: 'Молодіжний клуб у центрі',
				description:
					'Безпечне місце, де можна провести вечір. Настільний теніс, більярд і PlayStation, можна готувати разом або просто поговорити. Дорослі працівники завжди на місці.',
				howToJoin: 'Просто приходь. Першого разу привітайся з кимось із дорослих біля дверей.'
			}
		}
	},
	{
		slug: 'ungdomsklubben-nordbygda',
		kind: 'session_series',
		type: 'youth_club',
		organizer: 'ungdom-og-fritid',
		location: 'nordbygda-grendehus',
		ages: [13, 18],
		free: true,
		dropIn: true,
		when: [{ days: 'WE', from: '18:00', to: '21:30', weeks: [-10, null], except: [4] }],
		texts: {
			nb: {
				name: 'Ungdomsklubben i Nordbygda',
				description:
					'Klubbkveld i grendehuset med kiosk, spill og musikk. Ungdommene bestemmer mye av programmet selv.'
			},
			nn: {
				name: 'Ungdomsklubben i Nordbygda',
				description:
					'Klubbkveld i grendehuset med kiosk, spel og musikk. Ungdommane bestemmer mykje av programmet sjølve.'
			},
			en: {
				name: 'Youth club in Nordbygda',
				description:
					'Club night in the community hall with a kiosk, games and music. The young people decide much of the programme themselves.'
			}
		}
	},
	{
		slug: 'juniorklubben',
		kind: 'session_series',
		type: 'junior_club',
		organizer: 'ungdom-og-fritid',
		location: 'ungdomshuset',
		ages: [10, 13],
		free: true,
		dropIn: true,
		wheelchair: true,
		langs: ['nb', 'en', 'pl'],
		when: [{ days: 'TU', from: '16:30', to: '19:00', weeks: [-10, null], except: [3] }],
		texts: {
			nb: {
				name: 'Juniorklubben',
				description:
					'Klubb for 5. til 7. trinn med spill, formingsaktiviteter og enkel middag. En av de ansatte snakker polsk.',
				howToJoin: 'Bare møt opp. Foreldre er velkomne til å bli med første gang.'
			},
			nn: {
				name: 'Juniorklubben',
				description:
					'Klubb for 5. til 7. trinn med spel, formingsaktivitetar og enkel middag. Ein av dei tilsette snakkar polsk.',
				howToJoin: 'Berre møt opp. Foreldre er velkomne til å bli med første gong.'
			},
			en: {
				name: 'Junior club',
				description:
					'A club for years 5 to 7 with games, arts and crafts and a simple dinner. One of the staff speaks Polish.',
				howToJoin: 'Just come along. Parents are welcome to join the first time.'
			},
			pl: {
				name: 'Klub juniora',
				description:
					'Klub dla klas 5–7: gry, zajęcia plastyczne i prosty obiad. Jedna z osób z personelu mówi po polsku.',
				howToJoin: 'Wystarczy przyjść. Rodzice mogą przyjść razem za pierwszym razem.'
			},
			uk: {
				name: 'Клуб для молодших',
				description:
					'Клуб для 5–7 класів: ігри, творчі заняття і проста вечеря. Один із працівників говорить польською.',
				howToJoin: 'Просто приходьте. Батьки можуть прийти разом першого разу.'
			}
		}
	},
	{
		slug: 'fotball-for-alle',
		kind: 'session_series',
		type: 'football',
		organizer: 'fjordvik-il',
		location: 'kunstgress-sentrum',
		ages: [8, 12],
		free: true,
		dropIn: true,
		lending: true,
		langs: ['nb', 'en'],
		when: [
			{
				days: 'TU',
				from: '17:30',
				to: '19:00',
				weeks: [-8, 20],
				cancel: {
					week: 2,
					reason: {
						nb: 'Banen brukes til kamp denne dagen',
						nn: 'Bana blir brukt til kamp denne dagen',
						en: 'The pitch is used for a match that day',
						pl: 'Tego dnia boisko jest zajęte przez mecz',
						uk: 'Цього дня поле зайняте під матч'
					}
				}
			}
		],
		texts: {
			nb: {
				name: 'Fotball for alle',
				description:
					'Gratis fotballtrening for 8 til 12 år. Du trenger ikke være med i klubben eller ha spilt før. Vi deler inn i lag etter alder.',
				bring:
					'Joggesko eller fotballsko, drikkeflaske og klær etter været. Mangler du sko, kan du låne på BUA.'
			},
			nn: {
				name: 'Fotball for alle',
				description:
					'Gratis fotballtrening for 8 til 12 år. Du treng ikkje vere med i klubben eller ha spela før. Vi deler inn i lag etter alder.',
				bring:
					'Joggesko eller fotballsko, drikkeflaske og klede etter vêret. Manglar du sko, kan du låne på BUA.'
			},
			en: {
				name: 'Football for everyone',
				description:
					'Free football training for ages 8 to 12. You do not need to be a club member or have played before. We make teams by age.',
				bring:
					'Trainers or football boots, a water bottle and clothes for the weather. No shoes? Borrow some at BUA.'
			},
			pl: {
				name: 'Piłka nożna dla wszystkich',
				description:
					'Bezpłatny trening piłki nożnej dla dzieci w wieku 8–12 lat. Nie trzeba należeć do klubu ani wcześniej grać. Drużyny dzielimy według wieku.',
				bring:
					'Buty sportowe lub korki, butelka wody i ubranie dostosowane do pogody. Brak butów? Można je wypożyczyć w BUA.'
			},
			uk: {
				name: 'Футбол для всіх',
				description:
					'Безкоштовні тренування з футболу для дітей 8–12 років. Не потрібно бути членом клубу чи грати раніше. Команди ділимо за віком.',
				bring:
					'Кросівки або бутси, пляшка води й одяг за погодою. Немає взуття? Його можна позичити в BUA.'
			}
		}
	},
	{
		slug: 'handball-12-14',
		kind: 'session_series',
		type: 'handball',
		organizer: 'fjordvik-il',
		location: 'sentrumshallen',
		ages: [12, 14],
		free: 900,
		registration: true,
		lending: true,
		when: [{ days: 'MO,WE', from: '18:00', to: '19:30', weeks: [-10, 20] }],
		texts: {
			nb: {
				name: 'Håndball 12–14 år',
				description: 'Treningsgruppe for jenter og gutter som vil spille kamper i serien.',
				price: '900 kr i halvåret. Du kan prøve gratis to ganger.',
				bring: 'Innesko, treningstøy og drikkeflaske.'
			},
			nn: {
				name: 'Handball 12–14 år',
				description: 'Treningsgruppe for jenter og gutar som vil spele kampar i serien.',
				price: '900 kr i halvåret. Du kan prøve gratis to gonger.',
				bring: 'Innesko, treningsklede og drikkeflaske.'
			},
			en: {
				name: 'Handball, ages 12–14',
				description: 'A training group for girls and boys who want to play league matches.',
				price: '900 kr per half year. You can try twice for free.',
				bring: 'Indoor shoes, sports clothes and a water bottle.'
			}
		}
	},
	{
		slug: 'basket-apen-hall',
		kind: 'session_series',
		type: 'basketball',
		organizer: 'ungdom-og-fritid',
		location: 'sentrumshallen',
		ages: [13, 19],
		free: true,
		dropIn: true,
		wheelchair: true,
		when: [{ days: 'TH', from: '19:30', to: '21:00', weeks: [-10, null] }],
		texts: {
			nb: {
				name: 'Åpen hall: basketball',
				description:
					'Hallen er åpen for basket. Ingen trener, ingen påmelding, bare spill. En voksen fra kommunen er til stede.'
			},
			nn: {
				name: 'Open hall: basketball',
				description:
					'Hallen er open for basket. Ingen trenar, inga påmelding, berre spel. Ein vaksen frå kommunen er til stades.'
			},
			en: {
				name: 'Open gym: basketball',
				description:
					'The hall is open for basketball. No coach, no sign-up, just play. An adult from the municipality is there.'
			}
		}
	},
	{
		slug: 'innebandy-fredag',
		kind: 'session_series',
		type: 'floorball',
		organizer: 'nordbygda-il',
		location: 'nordbygda-skole',
		ages: [11, 16],
		free: true,
		dropIn: true,
		lending: true,
		when: [{ days: 'FR', from: '18:00', to: '19:30', weeks: [-10, null] }],
		texts: {
			nb: {
				name: 'Fredagsinnebandy',
				description: 'Uhøytidelig innebandy i gymsalen. Køller og baller kan lånes der.',
				bring: 'Innesko og drikkeflaske.'
			},
			nn: {
				name: 'Fredagsinnebandy',
				description: 'Uhøgtideleg innebandy i gymsalen. Køller og ballar kan lånast der.',
				bring: 'Innesko og drikkeflaske.'
			},
			en: {
				name: 'Friday floorball',
				description: 'Relaxed floorball in the school gym. You can borrow sticks and balls there.',
				bring: 'Indoor shoes and a water bottle.'
			}
		}
	},
	{
		slug: 'svommekurs-nybegynner',
		kind: 'course',
		type: 'swimming',
		organizer: 'fjordvik-il',
		location: 'svommehallen',
		ages: [6, 10],
		free: 800,
		registration: true,
		wheelchair: true,
		capacity: 12,
		when: [{ days: 'SA', from: '10:00', to: '10:45', weeks: [-2, 7] }],
		texts: {
			nb: {
				name: 'Svømmekurs for nybegynnere',
				description: 'Ti ganger i små grupper. Du lærer å flyte, dykke og svømme 25 meter.',
				price: '800 kr for hele kurset.',
				bring: 'Badetøy, håndkle og badehette hvis du har.'
			},
			nn: {
				name: 'Symjekurs for nybyrjarar',
				description: 'Ti gonger i små grupper. Du lærer å flyte, dukke og symje 25 meter.',
				price: '800 kr for heile kurset.',
				bring: 'Badeklede, handkle og badehette om du har.'
			},
			en: {
				name: 'Swimming for beginners',
				description:
					'Ten sessions in small groups. You learn to float, dive under and swim 25 metres.',
				price: '800 kr for the whole course.',
				bring: 'Swimwear, a towel and a swimming cap if you have one.'
			}
		}
	},
	{
		slug: 'klatring-ungdom',
		kind: 'session_series',
		type: 'climbing',
		organizer: 'klatreklubb',
		location: 'klatreveggen',
		ages: [10, 16],
		free: 400,
		registration: true,
		lending: true,
		when: [{ days: 'WE', from: '17:00', to: '19:00', weeks: [-10, 20] }],
		texts: {
			nb: {
				name: 'Klatregruppe',
				description: 'Lær å klatre og sikre hverandre trygt på klatreveggen.',
				price: '400 kr i halvåret, inkludert lån av sele og sko.',
				bring: 'Treningstøy. Klatresko og sele får du låne.'
			},
			nn: {
				name: 'Klatregruppe',
				description: 'Lær å klatre og sikre kvarandre trygt på klatreveggen.',
				price: '400 kr i halvåret, inkludert lån av sele og sko.',
				bring: 'Treningsklede. Klatresko og sele får du låne.'
			},
			en: {
				name: 'Climbing group',
				description: 'Learn to climb and to belay each other safely on the climbing wall.',
				price: '400 kr per half year, including the loan of a harness and shoes.',
				bring: 'Sports clothes. You can borrow climbing shoes and a harness.'
			}
		}
	},
	{
		slug: 'hiphop-dans',
		kind: 'course',
		type: 'dance',
		organizer: 'sorvika-dans',
		location: 'sorvika-kulturhus',
		ages: [10, 15],
		free: 1500,
		registration: true,
		when: [{ days: 'MO', from: '17:00', to: '18:00', weeks: [-8, 10] }],
		texts: {
			nb: {
				name: 'Hiphop-dans',
				description: 'Kurs i hiphop og streetdans. Vi avslutter med en liten forestilling.',
				price: '1500 kr for kurset. Spør om rabatt hvis det blir for dyrt.'
			},
			nn: {
				name: 'Hiphop-dans',
				description: 'Kurs i hiphop og streetdans. Vi avsluttar med ei lita framsyning.',
				price: '1500 kr for kurset. Spør om rabatt om det blir for dyrt.'
			},
			en: {
				name: 'Hip-hop dance',
				description: 'A course in hip-hop and street dance. It ends with a small show.',
				price: '1500 kr for the course. Ask about a discount if it costs too much.'
			}
		}
	},
	{
		slug: 'tilrettelagt-trening',
		kind: 'session_series',
		type: 'adapted_sport',
		organizer: 'fjordvik-il',
		location: 'sentrumshallen',
		ages: [8, 18],
		free: true,
		dropIn: true,
		wheelchair: true,
		adapted: true,
		sensory: true,
		when: [{ days: 'TU', from: '17:00', to: '18:00', weeks: [-10, null] }],
		texts: {
			nb: {
				name: 'Tilrettelagt trening',
				description:
					'Lek og trening for barn og unge med funksjonsnedsettelser. Små grupper, rolig tempo og mange voksne.',
				access:
					'Rullestoltilgang og HC-toalett. Dempet lys og musikk, og et stille rom ved siden av hallen. En ledsager er gratis.'
			},
			nn: {
				name: 'Tilrettelagd trening',
				description:
					'Leik og trening for born og unge med funksjonsnedsetjingar. Små grupper, roleg tempo og mange vaksne.',
				access:
					'Rullestoltilgang og HC-toalett. Dempa lys og musikk, og eit stille rom ved sida av hallen. Ein ledsagar er gratis.'
			},
			en: {
				name: 'Adapted training',
				description:
					'Play and exercise for children and young people with disabilities. Small groups, a calm pace and many adults.',
				access:
					'Wheelchair access and an accessible toilet. Soft lights and music, and a quiet room next to the hall. A companion comes free.'
			},
			pl: {
				name: 'Trening dostosowany',
				description:
					'Zabawa i ćwiczenia dla dzieci i młodzieży z niepełnosprawnościami. Małe grupy, spokojne tempo i wielu dorosłych.',
				access:
					'Dostęp dla wózków i toaleta dla osób z niepełnosprawnościami. Przygaszone światło i muzyka, obok sali jest cichy pokój. Opiekun wchodzi za darmo.'
			},
			uk: {
				name: 'Адаптовані тренування',
				description:
					'Ігри та тренування для дітей і молоді з інвалідністю. Малі групи, спокійний темп і багато дорослих.',
				access:
					'Доступ для візків і доступний туалет. Приглушене світло й музика, поруч із залом є тиха кімната. Супровідник — безкоштовно.'
			}
		}
	},
	{
		slug: 'gitar-kulturskolen',
		kind: 'course',
		type: 'music',
		organizer: 'kulturskole',
		location: 'kulturskolen',
		ages: [8, 18],
		free: 1800,
		registration: true,
		when: [{ days: 'TU', from: '15:30', to: '16:15', weeks: [-10, 14] }],
		texts: {
			nb: {
				name: 'Gitar i kulturskolen',
				description: 'Gitarundervisning i små grupper. Du kan låne gitar det første året.',
				price: '1800 kr i halvåret. Søsken får halv pris, og du kan søke om friplass.'
			},
			nn: {
				name: 'Gitar i kulturskulen',
				description: 'Gitarundervisning i små grupper. Du kan låne gitar det første året.',
				price: '1800 kr i halvåret. Sysken får halv pris, og du kan søkje om friplass.'
			},
			en: {
				name: 'Guitar at the culture school',
				description: 'Guitar lessons in small groups. You can borrow a guitar in the first year.',
				price:
					'1800 kr per half year. Brothers and sisters pay half, and you can apply for a free place.'
			}
		}
	},
	{
		slug: 'teater-kulturskolen',
		kind: 'course',
		type: 'theatre',
		organizer: 'kulturskole',
		location: 'kulturskolen',
		ages: [10, 15],
		free: 1800,
		registration: true,
		when: [{ days: 'TH', from: '17:00', to: '18:30', weeks: [-10, 14] }],
		texts: {
			nb: {
				name: 'Teatergruppe',
				description: 'Improvisasjon, skuespill og en forestilling på kulturhuset til våren.',
				price: '1800 kr i halvåret, eller friplass etter søknad.'
			},
			nn: {
				name: 'Teatergruppe',
				description: 'Improvisasjon, skodespel og ei framsyning på kulturhuset til våren.',
				price: '1800 kr i halvåret, eller friplass etter søknad.'
			},
			en: {
				name: 'Theatre group',
				description: 'Improvisation, acting and a show at the culture house in the spring.',
				price: '1800 kr per half year, or a free place if you apply.'
			}
		}
	},
	{
		slug: 'billedkunst',
		kind: 'course',
		type: 'art',
		organizer: 'kulturskole',
		location: 'kulturskolen',
		ages: [7, 12],
		free: 1200,
		registration: true,
		when: [{ days: 'WE', from: '16:00', to: '17:30', weeks: [-10, 14] }],
		texts: {
			nb: {
				name: 'Tegning og maling',
				description: 'Vi tegner, maler og lager leire. Alt utstyr er med i prisen.',
				price: '1200 kr i halvåret.'
			},
			nn: {
				name: 'Teikning og måling',
				description: 'Vi teiknar, målar og lagar leire. Alt utstyr er med i prisen.',
				price: '1200 kr i halvåret.'
			},
			en: {
				name: 'Drawing and painting',
				description: 'We draw, paint and work with clay. All materials are included in the price.',
				price: '1200 kr per half year.'
			}
		}
	},
	{
		slug: 'skolekorps',
		kind: 'session_series',
		type: 'music',
		organizer: 'frivilligsentral',
		location: 'nordbygda-skole',
		ages: [8, 16],
		free: 500,
		registration: true,
		when: [{ days: 'MO', from: '18:00', to: '19:30', weeks: [-10, null] }],
		texts: {
			nb: {
				name: 'Nordbygda skolekorps',
				description: 'Spill i korps! Du får låne instrument og lærer fra begynnelsen.',
				price: '500 kr i halvåret.'
			},
			nn: {
				name: 'Nordbygda skulekorps',
				description: 'Spel i korps! Du får låne instrument og lærer frå byrjinga.',
				price: '500 kr i halvåret.'
			},
			en: {
				name: 'Nordbygda school band',
				description:
					'Play in a marching band! You can borrow an instrument and learn from the start.',
				price: '500 kr per half year.'
			}
		}
	},
	{
		slug: 'lesesirkel',
		kind: 'session_series',
		type: 'reading',
		organizer: 'bibliotek',
		location: 'biblioteket',
		ages: [9, 12],
		free: true,
		registration: true,
		wheelchair: true,
		capacity: 15,
		when: [{ days: 'TH', from: '16:30', to: '17:30', weeks: [-10, 16] }],
		texts: {
			nb: {
				name: 'Lesesirkel',
				description: 'Vi leser en bok sammen hver måned, prater om den og spiser boller.',
				howToJoin: 'Meld deg på i skranken på biblioteket eller på telefon.'
			},
			nn: {
				name: 'Lesesirkel',
				description: 'Vi les ei bok saman kvar månad, pratar om ho og et bollar.',
				howToJoin: 'Meld deg på i skranken på biblioteket eller på telefon.'
			},
			en: {
				name: 'Reading circle',
				description: 'We read a book together each month, talk about it and eat buns.',
				howToJoin: 'Sign up at the library desk or by phone.'
			},
			pl: {
				name: 'Klub czytelniczy',
				description: 'Co miesiąc czytamy razem jedną książkę, rozmawiamy o niej i jemy bułeczki.',
				howToJoin: 'Zapisy w bibliotece przy ladzie lub telefonicznie.'
			},
			uk: {
				name: 'Читацький гурток',
				description: 'Щомісяця читаємо разом одну книжку, говоримо про неї і їмо булочки.',
				howToJoin: 'Записатися можна біля стійки в бібліотеці або телефоном.'
			}
		}
	},
	{
		slug: 'leksehjelp',
		kind: 'session_series',
		type: 'homework_help',
		organizer: 'bibliotek',
		location: 'biblioteket',
		ages: [10, 16],
		free: true,
		dropIn: true,
		wheelchair: true,
		langs: ['nb', 'en', 'uk', 'ar'],
		when: [{ days: 'MO,WE', from: '15:00', to: '17:00', weeks: [-10, null], except: [3] }],
		texts: {
			nb: {
				name: 'Leksehjelp på biblioteket',
				description:
					'Frivillige hjelper med lekser i alle fag. Noen av dem snakker ukrainsk og arabisk. Det er frukt og saft.'
			},
			nn: {
				name: 'Leksehjelp på biblioteket',
				description:
					'Frivillige hjelper med lekser i alle fag. Nokre av dei snakkar ukrainsk og arabisk. Det er frukt og saft.'
			},
			en: {
				name: 'Homework help at the library',
				description:
					'Volunteers help with homework in every subject. Some of them speak Ukrainian and Arabic. There is fruit and juice.'
			},
			pl: {
				name: 'Pomoc w odrabianiu lekcji w bibliotece',
				description:
					'Wolontariusze pomagają w lekcjach ze wszystkich przedmiotów. Niektórzy mówią po ukraińsku i arabsku. Są owoce i sok.'
			},
			uk: {
				name: 'Допомога з домашніми завданнями в бібліотеці',
				description:
					'Волонтери допомагають з домашніми завданнями з усіх предметів. Деякі з них говорять українською та арабською. Є фрукти й сік.'
			}
		}
	},
	{
		slug: 'kodeklubben',
		kind: 'session_series',
		type: 'coding',
		organizer: 'bibliotek',
		location: 'biblioteket',
		ages: [9, 14],
		free: true,
		dropIn: true,
		wheelchair: true,
		when: [{ days: 'TU', from: '17:00', to: '18:30', weeks: [-10, null] }],
		texts: {
			nb: {
				name: 'Kodeklubben',
				description: 'Lag dine egne spill i Scratch og Python. Vi har datamaskiner du kan bruke.'
			},
			nn: {
				name: 'Kodeklubben',
				description: 'Lag dine eigne spel i Scratch og Python. Vi har datamaskiner du kan bruke.'
			},
			en: {
				name: 'Coding club',
				description: 'Make your own games in Scratch and Python. We have computers you can use.'
			},
			pl: {
				name: 'Klub programowania',
				description:
					'Stwórz własne gry w Scratchu i Pythonie. Mamy komputery, z których można korzystać.'
			},
			uk: {
				name: 'Клуб програмування',
				description:
					'Створюй власні ігри у Scratch і Python. У нас є комп’ютери, якими можна користуватися.'
			}
		}
	},
	{
		slug: 'spillkveld-biblioteket',
		kind: 'session_series',
		type: 'board_games',
		organizer: 'bibliotek',
		location: 'biblioteket',
		ages: [12, 18],
		free: true,
		dropIn: true,
		wheelchair: true,
		when: [{ days: 'FR', from: '15:00', to: '18:00', weeks: [-10, null] }],
		texts: {
			nb: {
				name: 'Brettspill på fredag',
				description: 'Biblioteket har over hundre brettspill. Kom alene eller ta med venner.'
			},
			nn: {
				name: 'Brettspel på fredag',
				description: 'Biblioteket har over hundre brettspel. Kom åleine eller ta med vener.'
			},
			en: {
				name: 'Board games on Fridays',
				description: 'The library has more than a hundred board games. Come alone or bring friends.'
			}
		}
	},
	{
		slug: 'sjakklubb',
		kind: 'session_series',
		type: 'chess',
		organizer: 'frivilligsentral',
		location: 'biblioteket',
		ages: [8, 16],
		free: true,
		dropIn: true,
		when: [{ days: 'TU', from: '18:30', to: '20:00', weeks: [-10, null] }],
		texts: {
			nb: {
				name: 'Sjakklubben',
				description: 'Lær sjakk eller bli bedre. Nybegynnere får egen trener.'
			},
			nn: {
				name: 'Sjakklubben',
				description: 'Lær sjakk eller bli betre. Nybyrjarar får eigen trenar.'
			},
			en: {
				name: 'Chess club',
				description: 'Learn chess or get better at it. Beginners get their own coach.'
			}
		}
	},
	{
		slug: 'e-sport',
		kind: 'session_series',
		type: 'esports',
		organizer: 'ungdom-og-fritid',
		location: 'ungdomshuset',
		ages: [12, 19],
		free: true,
		dropIn: true,
		wheelchair: true,
		when: [{ days: 'WE', from: '17:00', to: '20:00', weeks: [-10, null] }],
		texts: {
			nb: {
				name: 'E-sport på ungdomshuset',
				description:
					'Spill sammen på gode PC-er med voksne som kan gaming. Vi snakker om god tone i chatten også.'
			},
			nn: {
				name: 'E-sport på ungdomshuset',
				description:
					'Spel saman på gode PC-ar med vaksne som kan gaming. Vi snakkar om god tone i chatten òg.'
			},
			en: {
				name: 'Esports at the youth house',
				description:
					'Play together on good PCs with adults who know gaming. We also talk about being kind in the chat.'
			}
		}
	},
	{
		slug: 'minecraft-klubb',
		kind: 'session_series',
		type: 'esports',
		organizer: 'bibliotek',
		location: 'biblioteket',
		ages: [8, 12],
		free: true,
		registration: true,
		capacity: 16,
		when: [{ days: 'SA', from: '11:00', to: '13:00', weeks: [-10, null] }],
		texts: {
			nb: {
				name: 'Minecraft-klubb',
				description: 'Bygg sammen på bibliotekets egen Minecraft-server.'
			},
			nn: {
				name: 'Minecraft-klubb',
				description: 'Bygg saman på den eigne Minecraft-serveren til biblioteket.'
			},
			en: {
				name: 'Minecraft club',
				description: 'Build together on the library’s own Minecraft server.'
			}
		}
	},
	{
		slug: 'familietur',
		kind: 'event',
		type: 'hiking',
		organizer: 'turlaget',
		location: 'fjellheim-friluft',
		ages: [3, 16],
		free: true,
		dropIn: true,
		when: [
			{ on: 6, from: '11:00', to: '14:00' },
			{ on: 20, from: '11:00', to: '14:00' },
			{ on: 34, from: '11:00', to: '14:00' }
		],
		texts: {
			nb: {
				name: 'Familietur med bål',
				description:
					'En kort tur i skogen som passer for små bein. Vi lager bål og griller pølser.',
				bring: 'Gode sko, varme klær og drikke. Pølser får du av oss.'
			},
			nn: {
				name: 'Familietur med bål',
				description:
					'Ein kort tur i skogen som passar for små bein. Vi lagar bål og grillar pølser.',
				bring: 'Gode sko, varme klede og drikke. Pølser får du av oss.'
			},
			en: {
				name: 'Family walk with a campfire',
				description:
					'A short walk in the forest for small legs. We light a fire and grill sausages.',
				bring: 'Good shoes, warm clothes and something to drink. We bring the sausages.'
			},
			pl: {
				name: 'Rodzinna wycieczka z ogniskiem',
				description:
					'Krótki spacer po lesie, dobry dla małych nóżek. Rozpalamy ognisko i pieczemy kiełbaski.',
				bring: 'Dobre buty, ciepłe ubranie i coś do picia. Kiełbaski zapewniamy.'
			},
			uk: {
				name: 'Сімейна прогулянка з багаттям',
				description:
					'Коротка прогулянка лісом для маленьких ніжок. Розпалюємо багаття і смажимо сосиски.',
				bring: 'Зручне взуття, теплий одяг і напій. Сосиски беремо ми.'
			}
		}
	},
	{
		slug: 'fiskekurs',
		kind: 'course',
		type: 'fishing',
		organizer: 'turlaget',
		location: 'sorvika-brygge',
		ages: [10, 15],
		free: true,
		registration: true,
		lending: true,
		capacity: 10,
		when: [
			{ on: 12, from: '12:00', to: '15:00' },
			{ on: 19, from: '12:00', to: '15:00' }
		],
		texts: {
			nb: {
				name: 'Fiskekurs på brygga',
				description: 'To lørdager der du lærer å knyte fortom, kaste og ta vare på fangsten.',
				bring: 'Varme klær og flytevest. Fiskestang kan lånes på BUA.'
			},
			nn: {
				name: 'Fiskekurs på brygga',
				description: 'To laurdagar der du lærer å knyte fortom, kaste og ta vare på fangsten.',
				bring: 'Varme klede og flytevest. Fiskestong kan lånast på BUA.'
			},
			en: {
				name: 'Fishing course on the pier',
				description:
					'Two Saturdays where you learn to tie a leader, cast and take care of your catch.',
				bring: 'Warm clothes and a life jacket. You can borrow a rod at BUA.'
			}
		}
	},
	{
		slug: 'kajakk-ungdom',
		kind: 'course',
		type: 'paddling',
		organizer: 'turlaget',
		location: 'sorvika-brygge',
		ages: [12, 18],
		free: 300,
		registration: true,
		when: [{ days: 'SU', from: '12:00', to: '15:00', weeks: [-6, 4] }],
		texts: {
			nb: {
				name: 'Kajakk for ungdom',
				description: 'Grunnkurs i havkajakk med våtdrakt, kajakk og instruktør.',
				price: '300 kr for kurset, alt utstyr inkludert.'
			},
			nn: {
				name: 'Kajakk for ungdom',
				description: 'Grunnkurs i havkajakk med våtdrakt, kajakk og instruktør.',
				price: '300 kr for kurset, alt utstyr inkludert.'
			},
			en: {
				name: 'Kayaking for young people',
				description: 'A basic sea kayaking course with wetsuit, kayak and instructor.',
				price: '300 kr for the course, all equipment included.'
			}
		}
	},
	{
		slug: 'jentetur',
		kind: 'session_series',
		type: 'hiking',
		organizer: 'ungdom-og-fritid',
		location: 'fjellheim-friluft',
		ages: [13, 16],
		free: true,
		registration: true,
		gender: 'girls',
		when: [{ days: 'TH', from: '17:00', to: '19:00', weeks: [-10, null] }],
		texts: {
			nb: {
				name: 'Jentegruppa ute',
				description:
					'Tur, bål og prat for jenter. Vi går ikke langt, og du trenger ikke være sporty.'
			},
			nn: {
				name: 'Jentegruppa ute',
				description:
					'Tur, bål og prat for jenter. Vi går ikkje langt, og du treng ikkje vere sporty.'
			},
			en: {
				name: 'Girls’ outdoor group',
				description:
					'Walks, campfires and talks for girls. We do not go far, and you do not need to be sporty.'
			}
		}
	},
	{
		slug: 'skiskole',
		kind: 'course',
		type: 'skiing',
		organizer: 'nordbygda-il',
		location: 'fjellheim-friluft',
		ages: [6, 10],
		free: 400,
		registration: true,
		lending: true,
		when: [{ days: 'SU', from: '11:00', to: '12:30', weeks: [6, 12] }],
		texts: {
			nb: {
				name: 'Skiskole',
				description: 'Lær å gå på ski med lek. Seks søndager i lysløypa.',
				price: '400 kr for kurset.',
				bring: 'Ski, staver og støvler. Du kan låne alt på BUA.'
			},
			nn: {
				name: 'Skiskule',
				description: 'Lær å gå på ski med leik. Seks sundagar i lysløypa.',
				price: '400 kr for kurset.',
				bring: 'Ski, stavar og støvlar. Du kan låne alt på BUA.'
			},
			en: {
				name: 'Ski school',
				description: 'Learn cross-country skiing through play. Six Sundays on the lit trail.',
				price: '400 kr for the course.',
				bring: 'Skis, poles and boots. You can borrow everything at BUA.'
			}
		}
	},
	{
		slug: 'juleferie-aktiviteter',
		kind: 'event',
		type: 'holiday_activities',
		organizer: 'ungdom-og-fritid',
		location: 'ungdomshuset',
		ages: [8, 15],
		free: true,
		registration: true,
		wheelchair: true,
		when: [
			{ on: 42, from: '10:00', to: '15:00' },
			{ on: 43, from: '10:00', to: '15:00' },
			{ on: 44, from: '10:00', to: '15:00' }
		],
		texts: {
			nb: {
				name: 'Gratis aktiviteter i juleferien',
				description: 'Tre dager med aking, bakst, kino og spill. Lunsj er inkludert.',
				howToJoin: 'Meld deg på for én eller flere dager. Si fra om allergier.'
			},
			nn: {
				name: 'Gratis aktivitetar i juleferien',
				description: 'Tre dagar med aking, baking, kino og spel. Lunsj er inkludert.',
				howToJoin: 'Meld deg på for éin eller fleire dagar. Sei frå om allergiar.'
			},
			en: {
				name: 'Free activities in the Christmas holiday',
				description: 'Three days of sledging, baking, cinema and games. Lunch is included.',
				howToJoin: 'Sign up for one or more days. Tell us about any allergies.'
			},
			pl: {
				name: 'Bezpłatne zajęcia w ferie świąteczne',
				description: 'Trzy dni zjazdów na sankach, pieczenia, kina i gier. Obiad w cenie.',
				howToJoin: 'Zapisz dziecko na jeden lub więcej dni. Poinformuj nas o alergiach.'
			},
			uk: {
				name: 'Безкоштовні заняття на різдвяних канікулах',
				description: 'Три дні катання на санчатах, випічки, кіно та ігор. Обід включено.',
				howToJoin: 'Запишіться на один або кілька днів. Повідомте про алергії.'
			}
		}
	},
	{
		slug: 'sommerleir',
		kind: 'course',
		type: 'camp',
		organizer: 'frivilligsentral',
		location: 'fjellheim-friluft',
		ages: [10, 14],
		free: true,
		registration: true,
		capacity: 30,
		when: [{ days: 'MO,TU,WE,TH,FR', from: '09:00', to: '15:00', weeks: [30, 30] }],
		texts: {
			nb: {
				name: 'Sommerleir på Fjellheim',
				description: 'En uke med bading, kano og klatring. Gratis for alle, med mat og transport.'
			},
			nn: {
				name: 'Sommarleir på Fjellheim',
				description: 'Ei veke med bading, kano og klatring. Gratis for alle, med mat og transport.'
			},
			en: {
				name: 'Summer camp at Fjellheim',
				description:
					'A week of swimming, canoeing and climbing. Free for everyone, with food and transport.'
			}
		}
	},
	{
		slug: 'ung-scene',
		kind: 'event',
		type: 'concert',
		organizer: 'ungdom-og-fritid',
		location: 'sorvika-kulturhus',
		ages: [13, 19],
		free: true,
		dropIn: true,
		wheelchair: true,
		when: [{ on: 11, from: '18:00', to: '21:00' }],
		texts: {
			nb: {
				name: 'Ung scene: åpen mikrofon',
				description: 'Syng, spill, rapp eller les egne tekster. Eller bare kom og hør på.'
			},
			nn: {
				name: 'Ung scene: open mikrofon',
				description: 'Syng, spel, rapp eller les eigne tekstar. Eller berre kom og høyr på.'
			},
			en: {
				name: 'Young stage: open mic',
				description: 'Sing, play, rap or read your own texts. Or just come and listen.'
			}
		}
	},
	{
		slug: 'filmkveld',
		kind: 'event',
		type: 'board_games',
		organizer: 'bibliotek',
		location: 'biblioteket',
		ages: [10, 14],
		free: true,
		dropIn: true,
		wheelchair: true,
		when: [{ on: 4, from: '18:00', to: '20:00' }],
		texts: {
			nb: {
				name: 'Filmkveld på biblioteket',
				description: 'Vi viser en familiefilm på storskjerm. Popkorn er gratis.'
			},
			nn: {
				name: 'Filmkveld på biblioteket',
				description: 'Vi viser ein familiefilm på storskjerm. Popkorn er gratis.'
			},
			en: {
				name: 'Film night at the library',
				description: 'We show a family film on the big screen. Popcorn is free.'
			}
		}
	},
	{
		slug: 'sjakkturnering',
		kind: 'event',
		type: 'chess',
		organizer: 'frivilligsentral',
		location: 'biblioteket',
		ages: [8, 16],
		free: true,
		registration: true,
		when: [{ on: 13, from: '11:00', to: '16:00' }],
		texts: {
			nb: {
				name: 'Sjakkturnering for barn og unge',
				description: 'Turnering i tre klasser etter alder. Premie til alle.'
			},
			nn: {
				name: 'Sjakkturnering for born og unge',
				description: 'Turnering i tre klassar etter alder. Premie til alle.'
			},
			en: {
				name: 'Chess tournament for young people',
				description: 'A tournament in three age groups. Everyone gets a prize.'
			}
		}
	},
	{
		slug: 'juleverksted',
		kind: 'event',
		type: 'art',
		organizer: 'frivilligsentral',
		location: 'nordbygda-grendehus',
		ages: [5, 12],
		free: true,
		dropIn: true,
		when: [{ on: 19, from: '12:00', to: '15:00' }],
		texts: {
			nb: {
				name: 'Juleverksted',
				description: 'Lag julepynt og pepperkakehus. Ta gjerne med en voksen.'
			},
			nn: {
				name: 'Juleverkstad',
				description: 'Lag julepynt og pepparkakehus. Ta gjerne med ein vaksen.'
			},
			en: {
				name: 'Christmas workshop',
				description:
					'Make Christmas decorations and gingerbread houses. Feel free to bring an adult.'
			}
		}
	},
	{
		slug: 'fifa-turnering',
		kind: 'event',
		type: 'esports',
		organizer: 'ungdom-og-fritid',
		location: 'ungdomshuset',
		ages: [12, 18],
		free: true,
		registration: true,
		when: [{ on: 9, from: '18:00', to: '22:00' }],
		texts: {
			nb: {
				name: 'FIFA-turnering',
				description: 'Turnering på PlayStation i ungdomshuset. Meld deg på alene eller to og to.'
			},
			nn: {
				name: 'FIFA-turnering',
				description: 'Turnering på PlayStation i ungdomshuset. Meld deg på åleine eller to og to.'
			},
			en: {
				name: 'FIFA tournament',
				description: 'A PlayStation tournament at the youth house. Sign up alone or in pairs.'
			}
		}
	},
	{
		slug: 'lysfest',
		kind: 'event',
		type: 'concert',
		organizer: 'ungdom-og-fritid',
		location: 'sorvika-brygge',
		ages: [0, 18],
		free: true,
		dropIn: true,
		wheelchair: true,
		when: [{ on: 2, from: '17:00', to: '19:00' }],
		texts: {
			nb: {
				name: 'Lysfest på brygga',
				description: 'Lykter, musikk og varm kakao for hele familien.'
			},
			nn: {
				name: 'Lysfest på brygga',
				description: 'Lykter, musikk og varm kakao for heile familien.'
			},
			en: {
				name: 'Festival of lights on the pier',
				description: 'Lanterns, music and hot chocolate for the whole family.'
			}
		}
	},
	{
		slug: 'bua-utlan',
		kind: 'lending',
		type: 'equipment_lending',
		organizer: 'ungdom-og-fritid',
		location: 'bua',
		ages: [0, 25],
		free: true,
		dropIn: true,
		wheelchair: true,
		langs: ['nb', 'en', 'pl'],
		when: [
			{ days: 'TU,TH', from: '15:00', to: '19:00', weeks: [-10, null], except: [5] },
			{ days: 'SA', from: '11:00', to: '14:00', weeks: [-10, null] }
		],
		texts: {
			nb: {
				name: 'BUA: lån sports- og fritidsutstyr gratis',
				description:
					'Lån ski, skøyter, telt, sykkel, fotballsko og mye mer i opptil en uke. Det er gratis for alle.',
				howToJoin:
					'Kom innom i åpningstiden. Under 18 år trenger du en voksen som signerer første gang.'
			},
			nn: {
				name: 'BUA: lån sports- og fritidsutstyr gratis',
				description:
					'Lån ski, skeiser, telt, sykkel, fotballsko og mykje meir i opptil ei veke. Det er gratis for alle.',
				howToJoin:
					'Kom innom i opningstida. Under 18 år treng du ein vaksen som signerer første gong.'
			},
			en: {
				name: 'BUA: borrow sports and leisure equipment for free',
				description:
					'Borrow skis, skates, tents, bikes, football boots and much more for up to a week. It is free for everyone.',
				howToJoin:
					'Drop in during opening hours. If you are under 18, an adult signs the first time.'
			},
			pl: {
				name: 'BUA: bezpłatne wypożyczanie sprzętu sportowego',
				description:
					'Wypożycz narty, łyżwy, namiot, rower, buty piłkarskie i wiele więcej nawet na tydzień. Dla wszystkich za darmo.',
				howToJoin:
					'Przyjdź w godzinach otwarcia. Osoby poniżej 18 lat potrzebują za pierwszym razem podpisu dorosłego.'
			},
			uk: {
				name: 'BUA: безкоштовний прокат спортивного спорядження',
				description:
					'Позичайте лижі, ковзани, намети, велосипеди, футбольні бутси та багато іншого до тижня. Безкоштовно для всіх.',
				howToJoin:
					'Приходьте в години роботи. Якщо вам менше 18, першого разу потрібен підпис дорослого.'
			}
		}
	},
	{
		slug: 'skiutlan-nordbygda',
		kind: 'lending',
		type: 'equipment_lending',
		organizer: 'nordbygda-il',
		location: 'nordbygda-grendehus',
		ages: [0, 25],
		free: true,
		dropIn: true,
		when: [{ days: 'WE', from: '17:00', to: '19:00', weeks: [0, 16] }],
		texts: {
			nb: {
				name: 'Skiutlån i Nordbygda',
				description: 'Lån ski, staver og støvler for hele vinteren. Vi smører skiene for deg.'
			},
			nn: {
				name: 'Skiutlån i Nordbygda',
				description: 'Lån ski, stavar og støvlar for heile vinteren. Vi smører skia for deg.'
			},
			en: {
				name: 'Ski lending in Nordbygda',
				description: 'Borrow skis, poles and boots for the whole winter. We wax the skis for you.'
			}
		}
	},
	{
		slug: 'spill-og-konsollutlan',
		kind: 'lending',
		type: 'equipment_lending',
		organizer: 'bibliotek',
		location: 'biblioteket',
		ages: [8, 18],
		free: true,
		dropIn: true,
		wheelchair: true,
		when: [{ days: 'MO,TU,WE,TH,FR', from: '10:00', to: '19:00', weeks: [-10, null] }],
		texts: {
			nb: {
				name: 'Lån spill og konsoller',
				description:
					'Med lånekort kan du låne brettspill, videospill og en Nintendo Switch i to uker.'
			},
			nn: {
				name: 'Lån spel og konsollar',
				description:
					'Med lånekort kan du låne brettspel, videospel og ein Nintendo Switch i to veker.'
			},
			en: {
				name: 'Borrow games and consoles',
				description:
					'With a library card you can borrow board games, video games and a Nintendo Switch for two weeks.'
			}
		}
	},
	{
		slug: 'sportsbyttedag',
		kind: 'event',
		type: 'swap',
		organizer: 'frivilligsentral',
		location: 'sentrumshallen',
		ages: [0, 18],
		free: true,
		dropIn: true,
		wheelchair: true,
		when: [{ on: 13, from: '10:00', to: '14:00' }],
		texts: {
			nb: {
				name: 'Byttedag for sportsutstyr',
				description:
					'Ta med utstyr barna har vokst ut av, og bytt til noe som passer. Du kan også bare hente.'
			},
			nn: {
				name: 'Byttedag for sportsutstyr',
				description:
					'Ta med utstyr borna har vakse ut av, og byt til noko som passar. Du kan òg berre hente.'
			},
			en: {
				name: 'Sports equipment swap day',
				description:
					'Bring gear your children have outgrown and swap it for something that fits. You can also just take.'
			},
			pl: {
				name: 'Dzień wymiany sprzętu sportowego',
				description:
					'Przynieś sprzęt, z którego dzieci wyrosły, i wymień go na coś, co pasuje. Można też po prostu coś zabrać.'
			},
			uk: {
				name: 'День обміну спортивним спорядженням',
				description:
					'Принесіть спорядження, з якого діти виросли, і обміняйте на те, що підходить. Можна й просто взяти.'
			}
		}
	},
	{
		slug: 'klesbytte',
		kind: 'event',
		type: 'swap',
		organizer: 'ungdom-og-fritid',
		location: 'ungdomshuset',
		ages: [12, 25],
		free: true,
		dropIn: true,
		when: [{ on: 5, from: '16:00', to: '19:00' }],
		texts: {
			nb: {
				name: 'Klesbyttedag',
				description: 'Bytt klær med andre ungdommer. Ta med opptil ti plagg som er hele og rene.'
			},
			nn: {
				name: 'Klesbyttedag',
				description: 'Byt klede med andre ungdommar. Ta med opptil ti plagg som er heile og reine.'
			},
			en: {
				name: 'Clothes swap day',
				description:
					'Swap clothes with other young people. Bring up to ten clean items in good condition.'
			}
		}
	},
	{
		slug: 'gjenbruksbua',
		kind: 'reuse',
		type: 'swap',
		organizer: 'frivilligsentral',
		location: 'gjenbruksbua',
		ages: [0, 25],
		free: true,
		dropIn: true,
		wheelchair: true,
		when: [
			{ days: 'WE', from: '12:00', to: '18:00', weeks: [-10, null] },
			{ days: 'SA', from: '10:00', to: '14:00', weeks: [-10, null] }
		],
		texts: {
			nb: {
				name: 'Gjenbruksbua',
				description: 'Hent klær, leker og bøker gratis, eller lever det du ikke trenger lenger.'
			},
			nn: {
				name: 'Gjenbruksbua',
				description: 'Hent klede, leiker og bøker gratis, eller lever det du ikkje treng lenger.'
			},
			en: {
				name: 'The reuse shed',
				description: 'Take clothes, toys and books for free, or drop off what you no longer need.'
			}
		}
	},
	{
		slug: 'sykkelverksted',
		kind: 'session_series',
		type: 'repair',
		organizer: 'frivilligsentral',
		location: 'gjenbruksbua',
		ages: [10, 18],
		free: true,
		dropIn: true,
		when: [{ days: 'TH', from: '16:00', to: '19:00', weeks: [-10, null] }],
		texts: {
			nb: {
				name: 'Sykkelverkstedet',
				description: 'Fiks sykkelen din selv med hjelp og verktøy. Deler får du gratis.'
			},
			nn: {
				name: 'Sykkelverkstaden',
				description: 'Fiks sykkelen din sjølv med hjelp og verktøy. Delar får du gratis.'
			},
			en: {
				name: 'Bike workshop',
				description: 'Fix your bike yourself with help and tools. Parts are free.'
			}
		}
	},
	{
		slug: 'matklubb',
		kind: 'session_series',
		type: 'cooking',
		organizer: 'ungdom-og-fritid',
		location: 'ungdomshuset',
		ages: [13, 17],
		free: true,
		registration: true,
		wheelchair: true,
		capacity: 10,
		when: [{ days: 'MO', from: '17:00', to: '19:00', weeks: [-10, null] }],
		texts: {
			nb: {
				name: 'Matklubben',
				description: 'Lag billig og god middag sammen, og spis den etterpå.'
			},
			nn: { name: 'Matklubben', description: 'Lag billeg og god middag saman, og et han etterpå.' },
			en: {
				name: 'Cooking club',
				description: 'Cook a cheap and tasty dinner together, then eat it.'
			}
		}
	},
	{
		slug: 'babysang',
		kind: 'session_series',
		type: 'reading',
		organizer: 'bibliotek',
		location: 'biblioteket',
		ages: [0, 2],
		free: true,
		dropIn: true,
		wheelchair: true,
		when: [{ days: 'WE', from: '11:00', to: '11:45', weeks: [-10, null] }],
		texts: {
			nb: {
				name: 'Babysang',
				description:
					'Sanger, regler og rim for de minste og foreldrene deres. Etterpå er det kaffe.'
			},
			nn: {
				name: 'Babysong',
				description: 'Songar, regler og rim for dei minste og foreldra deira. Etterpå er det kaffi.'
			},
			en: {
				name: 'Baby song',
				description: 'Songs and rhymes for the little ones and their parents. Coffee afterwards.'
			},
			pl: {
				name: 'Śpiewanki dla maluchów',
				description: 'Piosenki i wierszyki dla najmłodszych i ich rodziców. Potem kawa.'
			},
			uk: {
				name: 'Співанки для малюків',
				description: 'Пісеньки та віршики для найменших та їхніх батьків. Потім кава.'
			}
		}
	},
	{
		slug: 'parkour',
		kind: 'session_series',
		type: 'dance',
		organizer: 'nordbygda-il',
		location: 'nordbygda-skole',
		ages: [11, 16],
		free: 300,
		registration: true,
		when: [{ days: 'TH', from: '18:00', to: '19:30', weeks: [-10, 14] }],
		texts: {
			nb: {
				name: 'Parkour',
				description: 'Hopp, klatre og rull trygt med matter og trener.',
				price: '300 kr i halvåret.'
			},
			nn: {
				name: 'Parkour',
				description: 'Hopp, klatre og rull trygt med matter og trenar.',
				price: '300 kr i halvåret.'
			},
			en: {
				name: 'Parkour',
				description: 'Jump, climb and roll safely with mats and a coach.',
				price: '300 kr per half year.'
			}
		}
	},
	{
		slug: 'svomming-apen',
		kind: 'session_series',
		type: 'swimming',
		organizer: 'ungdom-og-fritid',
		location: 'svommehallen',
		ages: [10, 18],
		free: true,
		dropIn: true,
		wheelchair: true,
		when: [{ days: 'SU', from: '14:00', to: '16:00', weeks: [-10, null] }],
		texts: {
			nb: {
				name: 'Gratis bading for ungdom',
				description: 'Svømmehallen er gratis for ungdom på søndager. Badevakt er til stede.'
			},
			nn: {
				name: 'Gratis bading for ungdom',
				description: 'Symjehallen er gratis for ungdom på sundagar. Badevakt er til stades.'
			},
			en: {
				name: 'Free swimming for young people',
				description: 'The swimming pool is free for young people on Sundays. A lifeguard is there.'
			}
		}
	},
	{
		slug: 'fotball-jenter',
		kind: 'session_series',
		type: 'football',
		organizer: 'nordbygda-il',
		location: 'nordbygda-skole',
		ages: [12, 16],
		free: 600,
		registration: true,
		gender: 'girls',
		when: [{ days: 'MO,TH', from: '17:30', to: '19:00', weeks: [-10, 20] }],
		texts: {
			nb: {
				name: 'Jentefotball 12–16 år',
				description: 'Trening for jenter, både nybegynnere og de som har spilt lenge.',
				price: '600 kr i halvåret.'
			},
			nn: {
				name: 'Jentefotball 12–16 år',
				description: 'Trening for jenter, både nybyrjarar og dei som har spela lenge.',
				price: '600 kr i halvåret.'
			},
			en: {
				name: 'Girls’ football, ages 12–16',
				description: 'Training for girls, both beginners and those who have played for years.',
				price: '600 kr per half year.'
			}
		}
	},
	{
		slug: 'kor-ungdom',
		kind: 'session_series',
		type: 'music',
		organizer: 'kulturskole',
		location: 'sorvika-kulturhus',
		ages: [12, 19],
		free: true,
		dropIn: true,
		when: [{ days: 'TU', from: '19:00', to: '20:30', weeks: [-10, null] }],
		texts: {
			nb: {
				name: 'Ungdomskoret',
				description: 'Syng pop og gospel sammen. Du trenger ikke kunne noter.'
			},
			nn: {
				name: 'Ungdomskoret',
				description: 'Syng pop og gospel saman. Du treng ikkje kunne notar.'
			},
			en: {
				name: 'Youth choir',
				description: 'Sing pop and gospel together. You do not need to read music.'
			}
		}
	}
];
