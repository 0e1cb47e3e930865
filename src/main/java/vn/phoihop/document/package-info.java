/**
 * Official documents: the referral's handover record, transfer letter and return record, laid out
 * as Vietnamese administrative documents (Decree 30/2020/NĐ-CP), rendered from replaceable
 * templates as DOCX (Apache POI) and as PDF with the shipped Vietnamese font embedded
 * (openhtmltopdf on PDFBox). {@link vn.phoihop.document.OfficialDocuments} is the one entry point;
 * docs/documents.md tells administrators how to replace the templates.
 */
@ApplicationModule(
    displayName = "Official documents",
    allowedDependencies = {"shared"})
package vn.phoihop.document;

import org.springframework.modulith.ApplicationModule;
