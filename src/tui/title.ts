/** The product name on the first line of every screen (the e2e test and the bench wait for it). */
export const APP_TITLE_TEXT = 'kubedojo';
