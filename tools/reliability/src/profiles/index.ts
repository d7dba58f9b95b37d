import type { ClientProfile } from '../profile.ts';
import { genesysProfile } from './genesys.ts';
import { highlightProfile } from './highlight.ts';
import { vapiProfile } from './vapi.ts';

/** Every client the reliability suites exercise. */
export const PROFILES: readonly ClientProfile[] = [vapiProfile, genesysProfile, highlightProfile];
