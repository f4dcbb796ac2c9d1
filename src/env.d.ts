interface ImportMetaEnv {
  /** SHA-256 (hex) of public/data/rls.json as this build validated and shipped it; see vite.config.ts. */
  readonly VALIDATED_BUNDLE_SHA256: string
}
