import { isLanguage, type Language } from '$lib/i18n/languages';

/**
 * Names of languages in the page's language ("engelsk" on /, "Ingiriisi" on /so), for
 * content that lists languages (a service "speaks", an activity "is held in"). The portal's
 * own seven are written out (CLDR's names): a browser's ICU data may lack some page
 * languages (Chromium has no Somali display names), and a name computed on the server must
 * not turn into another one when the page hydrates. Other codes go through
 * Intl.DisplayNames, falling back to nb and then to the code itself.
 */
const names: Record<Language, Record<Language, string>> = {
	nb: {
		nb: 'norsk bokmål',
		nn: 'norsk nynorsk',
		en: 'engelsk',
		uk: 'ukrainsk',
		pl: 'polsk',
		ar: 'arabisk',
		so: 'somali'
	},
	nn: {
		nb: 'norsk bokmål',
		nn: 'norsk nynorsk',
		en: 'engelsk',
		uk: 'ukrainsk',
		pl: 'polsk',
		ar: 'arabisk',
		so: 'somali'
	},
	en: {
		nb: 'Norwegian Bokmål',
		nn: 'Norwegian Nynorsk',
		en: 'English',
		uk: 'Ukrainian',
		pl: 'Polish',
		ar: 'Arabic',
		so: 'Somali'
	},
	uk: {
		nb: 'норвезька (букмол)',
		nn: 'норвезька (нюношк)',
		en: 'англійська',
		uk: 'українська',
		pl: 'польська',
		ar: 'арабська',
		so: 'сомалі'
	},
	pl: {
		nb: 'norweski (bokmål)',
		nn: 'norweski (nynorsk)',
		en: 'angielski',
		uk: 'ukraiński',
		pl: 'polski',
		ar: 'arabski',
		so: 'somalijski'
	},
	ar: {
		nb: 'النرويجية بوكمال',
		nn: 'النرويجية نينورسك',
		en: 'الإنجليزية',
		uk: 'الأوكرانية',
		pl: 'البولندية',
		ar: 'العربية',
		so: 'الصومالية'
	},
	so: {
		nb: 'Nawrijii Bokmål',
		nn: 'Nawriijiga Nynorsk',
		en: 'Ingiriisi',
		uk: 'Yukreeniyaan',
		pl: 'Boolish',
		ar: 'Carabi',
		so: 'Soomaali'
	}
};

/** The name of language `code` in `pageLang`. */
export function languageName(code: string, pageLang: Language): string {
	if (isLanguage(code)) return names[pageLang][code];
	try {
		return new Intl.DisplayNames([pageLang, 'nb'], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
}

/** "engelsk, norsk bokmål, polsk": the names in `pageLang`, separated the way it writes lists. */
export function languageNames(codes: readonly string[], pageLang: Language): string {
	return codes.map((code) => languageName(code, pageLang)).join(pageLang === 'ar' ? '، ' : ', ');
}
