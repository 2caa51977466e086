/** One problem with the input: the field (a path such as `series[3].residents`), a code and a reason. */
export interface ForecastIssue {
  field: string;
  code: string;
  message: string;
}

/**
 * Bad input to the forecast engine. Its `issues` have the shape of the API's 400 details
 * (`ApiError.invalid(err.issues)`), so a route can pass them on unchanged.
 */
export class ForecastInputError extends Error {
  constructor(readonly issues: ForecastIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; '));
    this.name = 'ForecastInputError';
  }

  /** A single-issue error. */
  static of(field: string, code: string, message: string): ForecastInputError {
    return new ForecastInputError([{ field, code, message }]);
  }
}
