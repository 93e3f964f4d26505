/** Kept apart from the adapters so command-line tools can read the URI without loading them. */
export const DEFAULT_DATABASE_URI = 'file:./data/municipia.db'

export const isMongoUri = (uri: string): boolean => /^mongodb(\+srv)?:\/\//.test(uri)
