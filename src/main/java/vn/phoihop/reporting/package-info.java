/**
 * Reports across features for managers and leaders: KPI roll-ups of evaluations, referrals,
 * campaigns and information requests per agency, province or field and reporting window
 * (docs/reporting.md); a campaign's progress ("x/N đã nộp", the late and missing ones, each
 * report), as JSON and as CSV for spreadsheets (docs/report-campaigns.md); and the managers'
 * dashboard (docs/dashboard.md): a Tasklist plugin whose resource reads agreements, open tasks,
 * referrals' decision clocks, campaigns and outstanding information requests by the one read rule
 * for the user signed in to the webapps, and the page {@code /dashboard/} that charts them, with
 * every list behind a figure and its CSV.
 */
@ApplicationModule(
    displayName = "Reporting",
    allowedDependencies = {
      "shared",
      "agency",
      "identity",
      "deadline",
      "agreement",
      "evaluation",
      "referral",
      "campaign",
      "inforequest",
      "web"
    })
package vn.phoihop.reporting;

import org.springframework.modulith.ApplicationModule;
