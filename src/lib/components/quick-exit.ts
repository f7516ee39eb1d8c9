/**
 * Quick exit in the GOV.UK "Exit this page" pattern. The neutral site is a weather
 * forecast: nothing about it says what the visitor was reading.
 *
 * What the link and Shift×3 do lives in `static/quick-exit.js`, which `app.html` loads before
 * the page paints: it has to work before (and without) the app's own scripts.
 */
export const exitUrl = 'https://www.yr.no/';
