package vn.phoihop.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import vn.phoihop.referral.ReferralEnums.FoundDuring;
import vn.phoihop.referral.ReferralEnums.OffenderKind;

/**
 * The facts of a case as the QLTT officer records them, validated ({@link DossierInput#validate}).
 * Embedded in {@link CaseReferral}: its columns are the dossier's columns of {@code case_referral}
 * (the component names map to them as plain attributes would), and an edit replaces it whole.
 */
@Embeddable
record Dossier(
    @Column(nullable = false) String caseSummary,
    @Column(nullable = false) LocalDate foundOn,
    @Column(nullable = false) String foundPlace,
    @Column(nullable = false) String provinceCode,
    boolean borderArea,
    boolean customsControl,
    @Enumerated(EnumType.STRING) @Column(nullable = false) OffenderKind offenderKind,
    @Column(nullable = false) String offenderName,
    String offenderIdNumber,
    String offenderAddress,
    @Column(nullable = false) String violationCategory,
    @Column(nullable = false) String goodsDescription,
    long estimatedValueVnd,
    @Column(nullable = false) String crimeSigns,
    @Enumerated(EnumType.STRING) @Column(nullable = false) FoundDuring foundDuring) {}
