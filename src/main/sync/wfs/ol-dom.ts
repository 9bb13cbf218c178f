// ol/format/WFS writes XML through a DOM; Node has none, so OpenLayers gets @xmldom/xmldom's, once.
import { DOMImplementation, XMLSerializer } from '@xmldom/xmldom';
import type { Node } from '@xmldom/xmldom';
import { registerDocument, registerXMLSerializer } from 'ol/xml.js';

let registered = false;
const serializer = new XMLSerializer();

export function useXmlDomForOpenLayers(): void {
  if (registered) return;
  const document = new DOMImplementation().createDocument(null, '', null);
  registerDocument(document as unknown as Parameters<typeof registerDocument>[0]);
  registerXMLSerializer(serializer as unknown as Parameters<typeof registerXMLSerializer>[0]);
  registered = true;
}

/** Text of a node OpenLayers wrote (typed loosely by ol's DOM declarations). */
export function serializeNode(node: unknown): string {
  return serializer.serializeToString(node as Node);
}
