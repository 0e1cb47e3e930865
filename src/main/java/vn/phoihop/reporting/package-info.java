/**
 * Reports across features for managers and leaders: a campaign's progress ("x/N đã nộp", the late
 * and missing ones, each report), as JSON and as CSV for spreadsheets (docs/report-campaigns.md).
 */
@ApplicationModule(
    displayName = "Reporting",
    allowedDependencies = {"shared", "campaign"})
package vn.phoihop.reporting;

import org.springframework.modulith.ApplicationModule;
