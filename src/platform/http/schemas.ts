import { type TSchema, type TString, type TUnsafe, Type } from 'typebox';

/** The error body every route may answer with; referenced from each route's responses. */
export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      details: Type.Optional(
        Type.Array(
          Type.Object(
            { field: Type.Optional(Type.String()), message: Type.String() },
            { additionalProperties: true },
          ),
        ),
      ),
    }),
  },
  { $id: 'ErrorResponse', title: 'Error' },
);

/** A strict JSON object: unknown fields are rejected, not ignored. */
export function StrictObject<T extends Record<string, TSchema>>(
  properties: T,
  options: { description?: string; $id?: string } = {},
) {
  return Type.Object(properties, { additionalProperties: false, ...options });
}

/** Path parameters naming one resource by its id. */
export function IdParam<K extends string = 'id'>(name: K = 'id' as K) {
  return StrictObject({ [name]: Type.String({ minLength: 1, maxLength: 64 }) } as Record<K, TString>);
}

/** A string restricted to a fixed list, typed as the list's union. */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: { description?: string } = {},
): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/** The (empty) body of a 204 answer. */
export const NoContent = Type.Null({ description: 'No content' });

/** Responses shared by every authenticated route. */
export const errorResponses = {
  400: Type.Ref('ErrorResponse'),
  401: Type.Ref('ErrorResponse'),
  403: Type.Ref('ErrorResponse'),
  404: Type.Ref('ErrorResponse'),
} as const;
