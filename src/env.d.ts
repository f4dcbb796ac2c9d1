interface ImportMetaEnv {
  /** SHA-256 (hex) of public/data/rls.json as this build validated and shipped it; see vite.config.ts. */
  readonly VALIDATED_BUNDLE_SHA256: string
  /** The EHR origins (space-separated) a SMART launch may read from; see scripts/ehr-origins.mjs. */
  readonly EHR_ORIGINS: string
  /** The app's SMART client id (build-time SMART_CLIENT_ID, default `rls-causes`). */
  readonly SMART_CLIENT_ID: string
}
