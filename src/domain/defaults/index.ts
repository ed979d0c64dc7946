import { AppError } from '../errors';
import { validateMunicipalityConfig } from '../config/validateConfig';
import { type MunicipalityConfig } from '../config/types';
import gavle from './gavle.json';

// The default ships as data so a municipality can replace it without touching code; it is validated like
// any configuration the project team uploads, so a broken edit fails loudly here and in the unit tests.
let cached: MunicipalityConfig | undefined;

/**
 * The Gävle-like default configuration (taxonomy, mottagare profile, thresholds, labels).
 * @throws AppError `invalid` (with the issues) if the shipped JSON breaks the configuration rules.
 */
export function defaultMunicipalityConfig(): MunicipalityConfig {
  if (cached !== undefined) return cached;
  const result = validateMunicipalityConfig(gavle);
  if (!result.ok) {
    throw new AppError('invalid', {
      message: 'The shipped default configuration is invalid',
      issues: result.issues,
    });
  }
  cached = result.value;
  return cached;
}

/** The default configuration as raw JSON, e.g. as a starting point for the project team's settings page. */
export function defaultMunicipalityConfigJson(): unknown {
  return structuredClone(gavle);
}
