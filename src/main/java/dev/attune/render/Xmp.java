package dev.attune.render;

import dev.attune.model.Html;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * The XMP metadata packet of a PDF, written as text. The PDF library writes one too, through
 * whichever XML transformer is on the class path (the JDK's, or Saxon in the tests), and their
 * output differs in whitespace; written here, it is the same bytes everywhere.
 */
final class Xmp {
  private Xmp() {}

  /** The packet for {@code metadata}, matching the document information dictionary. */
  static byte[] packet(PdfMetadata metadata, String producer) {
    String date = DateTimeFormatter.ISO_INSTANT.format(metadata.date());
    StringBuilder xmp = new StringBuilder();
    xmp.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
        .append("  <rdf:Description rdf:about=\"\"\n")
        .append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n")
        .append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n")
        .append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n")
        .append("    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
        .append("   <dc:format>application/pdf</dc:format>\n")
        .append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(Html.escape(metadata.title())).append("</rdf:li></rdf:Alt></dc:title>\n")
        .append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(Html.escape(metadata.subject()))
        .append("</rdf:li></rdf:Alt></dc:description>\n");
    if (!metadata.author().isEmpty()) {
      xmp.append("   <dc:creator><rdf:Seq><rdf:li>").append(Html.escape(metadata.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
    }
    xmp.append("   <dc:language><rdf:Bag><rdf:li>").append(Html.escape(metadata.language())).append("</rdf:li></rdf:Bag></dc:language>\n")
        .append("   <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
        .append("   <xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
        .append("   <pdf:Producer>").append(Html.escape(producer)).append("</pdf:Producer>\n");
    if (!metadata.keywords().isEmpty()) {
      xmp.append("   <pdf:Keywords>").append(Html.escape(String.join(", ", metadata.keywords()))).append("</pdf:Keywords>\n");
    }
    // Declares conformance to PDF/UA-1 (ISO 14289-1), which validators look for here. Strict XMP
    // readers (PDF/A's rules) also want the pdfuaid schema described, as below.
    xmp.append("   <pdfuaid:part>1</pdfuaid:part>\n")
        .append("  </rdf:Description>\n")
        .append("  <rdf:Description rdf:about=\"\"\n")
        .append("    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n")
        .append("    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n")
        .append("    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
        .append("   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
        .append("    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
        .append("    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
        .append("    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
        .append("    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
        .append("     <pdfaProperty:name>part</pdfaProperty:name>\n")
        .append("     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
        .append("     <pdfaProperty:category>internal</pdfaProperty:category>\n")
        .append("     <pdfaProperty:description>Indicates which part of ISO 14289 standard is followed</pdfaProperty:description>\n")
        .append("    </rdf:li></rdf:Seq></pdfaSchema:property>\n")
        .append("   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
        .append("  </rdf:Description>\n")
        .append(" </rdf:RDF>\n")
        .append("</x:xmpmeta>\n")
        .append("<?xpacket end=\"r\"?>");
    return xmp.toString().getBytes(StandardCharsets.UTF_8);
  }
}
