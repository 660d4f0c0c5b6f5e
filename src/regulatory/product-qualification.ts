// The qualification of a product or saved questionnaire: its answers checked and the outcome of the qualification
// engine (Art. 2 MDR/IVDR, MDCG 2019-11), which must agree with the regulation the device is profiled under.
import { AppError, invalid } from '#src/errors.ts';
import { parseQualificationAnswers, qualificationAnswersSchema, qualify, type Qualification } from '#src/regulatory/qualification.ts';

/** The qualification of valid answers, or null for answers that are not (a questionnaire may hold anything so far). */
export function qualificationOutcome(answers: Record<string, unknown>): Qualification | null {
  const parsed = qualificationAnswersSchema.safeParse(answers);
  return parsed.success && Object.keys(parsed.data).length > 0 ? qualify(parsed.data) : null;
}

/**
 * The stored columns of a product's qualification answers (null: none given). Throws `invalid` naming
 * `qualification.<field>` for a bad answer, and when the answers qualify the product as something the profile is not.
 */
export function qualificationOf(answers: Record<string, unknown> | null, regulation: 'MDR' | 'IVDR') {
  if (answers === null) return { qualification_answers: null, qualification_outcome: null };
  let parsed;
  try {
    parsed = parseQualificationAnswers(answers);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const details = (err.details as Array<{ field: string; message: string }>).map((d) => ({ ...d, field: `qualification.${d.field}` }));
    throw invalid(`qualification: ${details.map((d) => `${d.field}: ${d.message}`).join('; ')}`, details);
  }
  const outcome = qualify(parsed);
  if (outcome.outcome !== null && outcome.regulation !== regulation) {
    const message = outcome.regulation === null
      ? `the answers qualify the product as ${outcome.outcome}, so it has no device class`
      : `the answers qualify the product under the ${outcome.regulation}, the profile is for the ${regulation}`;
    throw invalid(`qualification: ${message}`, [{ field: 'qualification', message }]);
  }
  return { qualification_answers: JSON.stringify(parsed), qualification_outcome: JSON.stringify(outcome) };
}
