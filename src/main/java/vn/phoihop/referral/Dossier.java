package vn.phoihop.referral;

import java.time.LocalDate;
import vn.phoihop.referral.ReferralEnums.FoundDuring;
import vn.phoihop.referral.ReferralEnums.OffenderKind;

/**
 * The facts of a case as the QLTT officer records them, validated ({@link DossierInput#validate}).
 */
record Dossier(
    String caseSummary,
    LocalDate foundOn,
    String foundPlace,
    String provinceCode,
    boolean borderArea,
    boolean customsControl,
    OffenderKind offenderKind,
    String offenderName,
    String offenderIdNumber,
    String offenderAddress,
    String violationCategory,
    String goodsDescription,
    long estimatedValueVnd,
    String crimeSigns,
    FoundDuring foundDuring) {}
