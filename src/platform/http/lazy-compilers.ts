import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

type Serializer = (data: unknown) => string;
type SerializerFactory = (externalSchemas: unknown, options: unknown) => (route: unknown) => Serializer;

/**
 * Fastify's own response serialisers (fast-json-stringify), each built on the first answer of
 * its route instead of while the server starts. Building all of them up front cost a third of
 * the start (0.7 s of 1.8 s on an idle machine, seconds on a busy one), and nothing answers,
 * not even `/healthz`, until it is done.
 */
export const lazySerializers: SerializerFactory = (externalSchemas, options) => {
  const build = (SerializerSelector as unknown as () => SerializerFactory)()(externalSchemas, options);
  return (route) => {
    let serialize: Serializer | undefined;
    return (data) => {
      serialize ??= build(route);
      return serialize(data);
    };
  };
};
