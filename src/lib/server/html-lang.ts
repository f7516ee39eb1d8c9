/** The placeholders of app.html's `<html lang="%lang%" dir="%dir%">`, side by side. */
const token = '%lang%" dir="%dir%';

/**
 * The page with its language and direction filled in. The page is a string of tens of
 * kilobytes built from thousands of pieces: two `replace` calls made two whole copies of it
 * before it was encoded, about a tenth of an uncached /planen (issue 15). One search and
 * two slices around the tag leave one copy, made when it is encoded anyway.
 */
export function withLangAndDir(html: string, lang: string, dir: string): string {
	const at = html.indexOf(token);
	if (at < 0) return html;
	return `${html.slice(0, at)}${lang}" dir="${dir}${html.slice(at + token.length)}`;
}
