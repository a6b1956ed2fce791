import type {Attribution} from './types.js';

/** Finds every attributed statement in `text` and groups speakers into sources. (Placeholder: finds nothing.) */
export function analyzeAttribution(_text: string): Attribution {
	return {statements: [], sources: []};
}
