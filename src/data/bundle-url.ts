/** Where the content bundle is served, under the app's base path. */
export const BUNDLE_URL = `${import.meta.env.BASE_URL}data/rls.json`
