import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';

/**
 * Scalars for Oro's wire formats (METADATA §2.6, PROTOCOL §4.4). Output values pass through
 * exactly as Oro sends them: decimal, money and bigint stay strings ("12.9900" is never turned
 * into 12.99), dates and times keep Oro's text. Input values (filter arguments) are checked
 * against the formats Oro's filters accept (PROTOCOL §3.7.5), so a bad value is a GraphQL
 * validation error instead of an Oro 400.
 */
function stringScalar(options: {
  name: string;
  description: string;
  pattern: RegExp;
  example: string;
  /** Numbers in a query are accepted and turned into their decimal text. */
  acceptNumbers?: boolean;
  specifiedByURL?: string;
}): GraphQLScalarType<string, string> {
  const check = (value: unknown): string => {
    if (options.acceptNumbers && typeof value === 'number' && Number.isFinite(value)) value = String(value);
    if (typeof value !== 'string' || !options.pattern.test(value)) {
      throw new GraphQLError(`${options.name} expects a string such as "${options.example}", got ${JSON.stringify(value)}`);
    }
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name: options.name,
    description: options.description,
    specifiedByURL: options.specifiedByURL,
    serialize(value) {
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'bigint') return String(value);
      throw new GraphQLError(`${options.name} cannot represent ${JSON.stringify(value)}`);
    },
    parseValue: check,
    parseLiteral(ast: ValueNode) {
      if (ast.kind === Kind.STRING) return check(ast.value);
      if (options.acceptNumbers && (ast.kind === Kind.INT || ast.kind === Kind.FLOAT)) return check(ast.value);
      throw new GraphQLError(`${options.name} expects a string such as "${options.example}"`, { nodes: [ast] });
    },
    extensions: { oro: { kind: 'scalar' } },
  });
}

export const DecimalScalar = stringScalar({
  name: 'Decimal',
  description: 'A decimal number (Oro decimal, money and price values) as the exact text Oro sends, e.g. "12.9900". Inputs may be strings or numbers.',
  pattern: /^-?\d*\.?\d+$/,
  example: '12.99',
  acceptNumbers: true,
});

export const BigIntScalar = stringScalar({
  name: 'BigInt',
  description: 'A 64-bit integer as a string of digits, e.g. "123456789012345" (Oro bigint).',
  pattern: /^-?\d+$/,
  example: '123456789012345',
  acceptNumbers: true,
});

export const DateTimeScalar = stringScalar({
  name: 'DateTime',
  description: 'A date and time in ISO 8601 as Oro sends it (UTC, e.g. "2024-03-01T10:11:12Z"). In filters a partial value ("2024-03") stands for the whole period.',
  pattern: /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[-+]\d{2}(:?\d{2})?)?)?)?)?$/,
  example: '2024-03-01T10:11:12Z',
});

export const DateScalar = stringScalar({
  name: 'Date',
  description: 'A calendar date "YYYY-MM-DD" (filters also accept "YYYY" and "YYYY-MM" as periods).',
  pattern: /^\d{4}(-\d{2}(-\d{2})?)?$/,
  example: '2024-03-01',
});

export const TimeScalar = stringScalar({
  name: 'Time',
  description: 'A time of day "HH:MM:SS" as Oro sends it.',
  pattern: /^\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?$/,
  example: '10:11:12',
});

/** Objects, object arrays and mixed values (Oro `object`, `objects`, `array`, `json`). */
export const JSONScalar = GraphQLJSON;

export const CUSTOM_SCALARS = [DecimalScalar, BigIntScalar, DateTimeScalar, DateScalar, TimeScalar, JSONScalar];
