// Short answers to requests refused before any page runs (lib/http/): malformed addresses,
// methods the server does not serve, and form submissions that cannot be genuine.
export const http = {
  badPath: 'This address is malformed: it contains an invalid percent-encoding.',
  methodNotAllowed: 'This method is not allowed here.',
  badOrigin: 'Refused: the form was sent with an Origin header that is not a web address.',
  crossOrigin: 'Refused: the form was sent from another site.',
  lengthRequired: 'Refused: a form submission must state its length.',
  tooLarge: 'Refused: a form submission may be at most {max}.',
  unsupportedType: 'Refused: a form submission cannot be sent as {type}.',
  malformedBody: 'Refused: the form submission could not be read.',
};
