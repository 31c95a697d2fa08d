package org.shouhu.monitoring.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shouhu.monitoring.domain.IndicatorCounts;
import org.shouhu.shared.domain.Beijing;
import org.shouhu.shared.infrastructure.InstantConverter;

/**
 * One SQL query per indicator (INDICATORS.md's formulas), each a GROUP BY over an inner select of
 * the breakdown values: the database counts, no entity is loaded, and nothing that names a person
 * or a case leaves it. Written for MariaDB/MySQL and H2 alike: times are kept in UTC and shifted to
 * Asia/Shanghai with {@code TIMESTAMPADD}; an age is taken on the event's Beijing date from the
 * person's birth date, in whole years ({@code EXTRACT}), then banded as DOMAIN.md §3 says.
 *
 * <p>Each query takes the period as {@code ?1} (from, inclusive) and {@code ?2} (to, exclusive),
 * and selects the breakdown columns, then the numerator, then (rates) the denominator.
 */
@ApplicationScoped
public class SqlIndicatorCounts implements IndicatorCounts {

  /**
   * How instants are stored, made when first counted: the statements alone (the benchmark's
   * baseline reads them) need no JPA classes.
   */
  private static final class Stored {
    static final InstantConverter INSTANTS = new InstantConverter();
  }

  /** The subject of a case, and her sex. */
  private static final String SUBJECT =
      " JOIN case_party sp ON sp.case_id = c.id AND sp.party_role = 'SUBJECT'"
          + " JOIN person p ON p.id = sp.person_id";

  private static final String STREET = "SUBSTRING(c.jurisdiction, 1, 9)";

  /** The kinds whose reporters the 2020 opinion obliges (强制报告), and state organs. */
  private static final String MANDATED =
      "('SCHOOL','KINDERGARTEN','CHILDCARE','MEDICAL','CHILD_WELFARE_INSTITUTION',"
          + "'RESCUE_PROTECTION_INSTITUTION','REHAB_INSTITUTION','COMMUNITY_COMMITTEE','POLICE',"
          + "'STATE_ORGAN','HOTEL','TUTORING')";

  @PersistenceContext EntityManager em;

  /** How a query takes the period: as instants, as Beijing dates, or not at all (a state now). */
  private enum Period {
    INSTANTS,
    DATES,
    NONE
  }

  /**
   * What each indicator selects (inner query) and groups by (its breakdown columns); {@code rate}:
   * it selects a denominator {@code d}; {@code persons}: and the person {@code p} each row is about
   * (a mean's cells are protected by the distinct persons behind them).
   */
  private record Spec(
      List<String> keys, String inner, boolean rate, Period period, boolean persons) {

    Spec(List<String> keys, String inner, boolean rate, Period period) {
      this(keys, inner, rate, period, false);
    }
  }

  /** Where the visits a year that ORPHAN_VISITS requires go in its statement. */
  private static final String VISITS = "#VISITS#";

  /** The visits a year ORPHAN_VISITS requires by default ([policy default]: one a quarter). */
  static final int DEFAULT_VISITS = 4;

  @jakarta.inject.Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "shouhu.support.visits-a-year",
      defaultValue = "4")
  int visitsAYear;

  private static final Map<String, Spec> SPECS = new LinkedHashMap<>();

  static {
    String received = "c.received_at >= ?1 AND c.received_at < ?2";
    spec("CP_REPORTS", List.of("street", "sex", "ageBand"), casesReceived("CHILD_PROTECTION"));
    spec(
        "CP_MANDATED_SHARE",
        List.of("street"),
        "SELECT "
            + STREET
            + " AS k1,"
            + " CASE WHEN c.reporter_type IN "
            + MANDATED
            + " THEN 1 ELSE 0 END AS n, 1 AS d"
            + " FROM case_file c WHERE c.kind = 'CHILD_PROTECTION' AND "
            + received);
    spec(
        "CP_HOTLINE",
        List.of("street"),
        "SELECT "
            + STREET
            + " AS k1, 1 AS n FROM case_file c"
            + " WHERE c.kind = 'CHILD_PROTECTION' AND c.channel = 'CHILD_PROTECTION_HOTLINE' AND "
            + received);
    spec("CP_FIRST_CONTACT_ON_TIME", List.of("street"), onTime("FIRST_CONTACT", received));
    spec("CP_ASSESSED_ON_TIME", List.of("street"), onTime("ASSESSMENT", received));
    // child victims of abuse, DV (witnessing too) or bullying with a support measure in 90 days
    spec(
        "CP_VICTIM_SUPPORT",
        List.of("street"),
        "SELECT "
            + STREET
            + " AS k1, CASE WHEN EXISTS (SELECT 1 FROM plan_action a"
            + " WHERE a.case_id = c.id AND a.action_type IN"
            + " ('COUNSELLING', 'MEDICAL', 'LEGAL_AID', 'SCHOOL', 'FAMILY_SUPPORT')"
            + " AND a.created_at < TIMESTAMPADD(DAY, 90, c.received_at))"
            + " OR EXISTS (SELECT 1 FROM placement pl WHERE pl.case_id = c.id)"
            + " THEN 1 ELSE 0 END AS n, 1 AS d FROM case_file c"
            + " WHERE c.kind = 'CHILD_PROTECTION' AND c.category IN ('PHYSICAL_ABUSE',"
            + " 'SEXUAL_ABUSE', 'PSYCHOLOGICAL_ABUSE', 'DV_EXPOSURE', 'BULLYING') AND "
            + received);
    spec(
        "CP_POLICE_NOTIFIED",
        List.of("street"),
        "SELECT "
            + STREET
            + " AS k1,"
            + " CASE WHEN d.met_at IS NOT NULL THEN 1 ELSE 0 END AS n, 1 AS d"
            + " FROM case_file c JOIN case_deadline d ON d.case_id = c.id"
            + " AND d.name = 'POLICE_NOTICE'"
            + " WHERE c.kind = 'CHILD_PROTECTION' AND "
            + received);
    SPECS.put(
        "TEMP_GUARDIANSHIP",
        new Spec(
            List.of("street", "sex", "ageBand"),
            "SELECT "
                + STREET
                + " AS k1, COALESCE(p.sex, 'UNKNOWN') AS k2, "
                + ageBandOnDate("p.birth_date", "pl.from_date")
                + " AS k3, 1 AS n"
                + " FROM placement pl JOIN case_file c ON c.id = pl.case_id"
                + SUBJECT
                + " WHERE pl.kind = 'TEMPORARY_GUARDIANSHIP'"
                + " AND pl.from_date >= ?1 AND pl.from_date < ?2",
            false,
            Period.DATES));
    // children with at least one allowance month paid in the period (section D), their age on its
    // first day; months are compared as 'YYYY-MM' text
    String month1 = "SUBSTRING(CAST(CAST(?1 AS DATE) AS CHAR(10)), 1, 7)";
    String month2 = "SUBSTRING(CAST(CAST(?2 AS DATE) AS CHAR(10)), 1, 7)";
    SPECS.put(
        "ORPHAN_SUPPORTED",
        new Spec(
            List.of("street", "sex", "ageBand"),
            "SELECT "
                + STREET
                + " AS k1, COALESCE(p.sex, 'UNKNOWN') AS k2, "
                + ageBandOnDate("p.birth_date", "CAST(?1 AS DATE)")
                + " AS k3, 1 AS n"
                + " FROM support_file f JOIN case_file c ON c.id = f.case_id"
                + SUBJECT
                + " WHERE EXISTS (SELECT 1 FROM payment_item i WHERE i.file_id = f.id"
                + " AND i.pay_month >= "
                + month1
                + " AND i.pay_month < "
                + month2
                + ")",
            false,
            Period.DATES));
    // the mean monthly allowance: paid in the period's months (in fen) over child-months paid, by
    // the allowance's category; protected by the distinct children behind each cell
    String allowanceCategory =
        "CASE WHEN f.category = 'DE_FACTO_UNATTENDED' THEN 'DE_FACTO_UNATTENDED'"
            + " WHEN f.placement = 'INSTITUTION' THEN 'ORPHAN_INSTITUTION'"
            + " ELSE 'ORPHAN_SCATTERED' END";
    SPECS.put(
        "ALLOWANCE_PAID_MEAN",
        new Spec(
            List.of("allowance"),
            "SELECT "
                + allowanceCategory
                + " AS k1, i.amount * 100 AS n, 1 AS d, i.file_id AS p"
                + " FROM payment_item i JOIN support_file f ON f.id = i.file_id"
                + " WHERE i.pay_month >= "
                + month1
                + " AND i.pay_month < "
                + month2,
            true,
            Period.DATES,
            true));
    // the standards' rise, per category: the standard in force on the year's last day (in fen)
    // over the one a year before (YEAR_ON_YEAR) and over the one on 31 December 2020
    // (AVERAGE_SINCE_2020, the plan's baseline; the yearly average is taken in Java); a category
    // without both has nothing to compare
    String distinct = " FROM (SELECT DISTINCT category FROM allowance_standard) c WHERE ";
    SPECS.put(
        "ALLOWANCE_STANDARD_GROWTH",
        new Spec(
            List.of("allowance", "growth"),
            "SELECT c.category AS k1, 'YEAR_ON_YEAR' AS k2, "
                + standardBefore(month2)
                + " AS n, "
                + standardBefore(month1)
                + " AS d"
                + distinct
                + standardBefore(month2)
                + " IS NOT NULL AND "
                + standardBefore(month1)
                + " IS NOT NULL UNION ALL SELECT c.category, 'AVERAGE_SINCE_2020', "
                + standardBefore(month2)
                + ", "
                + standardBefore("'2021-01'")
                + distinct
                + standardBefore(month2)
                + " IS NOT NULL AND "
                + standardBefore("'2021-01'")
                + " IS NOT NULL",
            true,
            Period.DATES));
    // children outside institutions paid six months or more of the period: how many had the
    // visits a year and no annual review outstanding at the period's end (one due while they
    // were still supported)
    SPECS.put(
        "ORPHAN_VISITS",
        new Spec(
            List.of("street"),
            "SELECT "
                + STREET
                + " AS k1, CASE WHEN (SELECT COUNT(*) FROM case_visit v WHERE v.case_id = c.id"
                + " AND TIMESTAMPADD(HOUR, 8, v.visited_at) >= ?1"
                + " AND TIMESTAMPADD(HOUR, 8, v.visited_at) < ?2) >= "
                + VISITS
                + " AND NOT EXISTS (SELECT 1 FROM case_deadline d WHERE d.case_id = c.id"
                + " AND d.name = 'SUPPORT_REVIEW' AND d.lapsed_at IS NULL"
                + " AND TIMESTAMPADD(HOUR, 8, d.due_at) < ?2"
                + " AND TIMESTAMPADD(HOUR, 8, d.due_at)"
                + " < TIMESTAMPADD(MONTH, 1, CAST(CONCAT(f.last_month, '-01') AS DATE))"
                + " AND (d.met_at IS NULL"
                + " OR TIMESTAMPADD(HOUR, 8, d.met_at) >= ?2))"
                + " THEN 1 ELSE 0 END AS n, 1 AS d"
                + " FROM support_file f JOIN case_file c ON c.id = f.case_id"
                + " WHERE f.placement <> 'INSTITUTION'"
                + " AND (SELECT COUNT(*) FROM payment_item i WHERE i.file_id = f.id"
                + " AND i.pay_month >= "
                + month1
                + " AND i.pay_month < "
                + month2
                + ") >= 6",
            true,
            Period.DATES));
    // section E: the disabled children with a rehabilitation claim for a month of the period,
    // their age on its first day; the coverage over the disabled children 0–16 the statistician
    // entered for the year and street
    String claimed =
        " FROM rehab_claim cl JOIN rehab_grant g ON g.id = cl.grant_id"
            + " JOIN case_file c ON c.id = g.case_id"
            + " WHERE cl.claim_month >= "
            + month1
            + " AND cl.claim_month < "
            + month2;
    SPECS.put(
        "REHAB_GRANTS",
        new Spec(
            List.of("street", "sex", "ageBand"),
            "SELECT "
                + STREET
                + " AS k1, COALESCE(p.sex, 'UNKNOWN') AS k2, "
                + ageBandOnDate("p.birth_date", "CAST(?1 AS DATE)")
                + " AS k3, 1 AS n FROM case_file c"
                + SUBJECT
                + " WHERE EXISTS (SELECT 1 FROM rehab_claim cl JOIN rehab_grant g"
                + " ON g.id = cl.grant_id WHERE g.case_id = c.id AND cl.claim_month >= "
                + month1
                + " AND cl.claim_month < "
                + month2
                + ")",
            false,
            Period.DATES));
    SPECS.put(
        "REHAB_COVERAGE",
        new Spec(
            List.of("street"),
            "SELECT dn.street AS k1, (SELECT COUNT(DISTINCT g.case_id)"
                + claimed
                + " AND "
                + STREET
                + " = dn.street) AS n, dn.amount AS d FROM indicator_denominator dn"
                + " WHERE dn.name = 'DISABLED_CHILDREN_0_16'"
                + " AND dn.denominator_year = EXTRACT(YEAR FROM CAST(?1 AS DATE))",
            true,
            Period.DATES));
    // section C: legal aid, by the decision's date; the subject's age on the referral's day
    String referralAge =
        "CASE WHEN p.birth_date IS NULL THEN NULL ELSE "
            + age("p.birth_date", "TIMESTAMPADD(HOUR, 8, r.referred_at)")
            + " END";
    String decided =
        " FROM legal_aid_referral r JOIN case_file c ON c.id = r.case_id"
            + SUBJECT
            + " WHERE r.decision IS NOT NULL AND r.decided_at >= ?1 AND r.decided_at < ?2";
    // adult women: how many of the decided referrals were accepted
    spec(
        "LA_WOMEN",
        List.of("kind", "ageBand"),
        "SELECT c.kind AS k1, "
            + ageBandOfAge(referralAge)
            + " AS k2, CASE WHEN r.decision = 'ACCEPTED' THEN 1 ELSE 0 END AS n, 1 AS d"
            + decided
            + " AND p.sex = 'F' AND "
            + referralAge
            + " >= 18");
    // minors (a child's case without a birth date too): accepted over decided, less those declined
    // as not eligible or withdrawn; a victim declined for means (art. 32) stays in: not provided
    spec(
        "LA_MINOR_RATE",
        List.of("street", "sex", "ageBand", "kind"),
        "SELECT "
            + STREET
            + " AS k1, COALESCE(p.sex, 'UNKNOWN') AS k2, "
            + ageBandOfAge(referralAge)
            + " AS k3, c.kind AS k4,"
            + " CASE WHEN r.decision = 'ACCEPTED' THEN 1 ELSE 0 END AS n, 1 AS d"
            + decided
            + " AND ("
            + referralAge
            + " < 18 OR (p.birth_date IS NULL AND c.kind IN"
            + " ('CHILD_PROTECTION', 'ORPHAN_SUPPORT', 'DISABLED_CHILD_REHAB')))"
            + " AND NOT (r.decision = 'DECLINED'"
            + " AND r.reason_code IN ('NOT_ELIGIBLE', 'WITHDRAWN'))");
    spec(
        "GUARDIANSHIP_INTERVENTIONS",
        List.of("street", "measure"),
        "SELECT "
            + STREET
            + " AS k1, a.action_type AS k2, 1 AS n FROM plan_action a"
            + " JOIN case_file c ON c.id = a.case_id WHERE a.action_type IN ('GUARDIAN_WARNING',"
            + " 'GUARDIAN_UNDERTAKING', 'PETITION_REVOKE_GUARDIANSHIP')"
            + " AND a.created_at >= ?1 AND a.created_at < ?2");
    spec("DV_CASES", List.of("street", "sex", "ageBand"), casesReceived("DOMESTIC_VIOLENCE"));
    spec(
        "DV_MANDATORY_REPORTS",
        List.of("street"),
        "SELECT "
            + STREET
            + " AS k1, CASE WHEN c.channel = 'MANDATORY_REPORT'"
            + " OR c.reporter_type IN "
            + MANDATED
            + " THEN 1 ELSE 0 END AS n, 1 AS d"
            + " FROM case_file c WHERE c.kind = 'DOMESTIC_VIOLENCE' AND "
            + received);
    spec(
        "DV_WARNINGS",
        List.of("street"),
        "SELECT "
            + STREET
            + " AS k1, 1 AS n FROM police_warning w"
            + " JOIN case_file c ON c.id = w.case_id"
            + " WHERE w.issued_at >= ?1 AND w.issued_at < ?2");
    spec(
        "PO_APPLIED",
        List.of("applicant"),
        "SELECT o.applicant AS k1, 1 AS n FROM protection_order o"
            + " WHERE o.applied_at >= ?1 AND o.applied_at < ?2");
    spec(
        "PO_ISSUED",
        List.of("sex", "ageBand"),
        "SELECT COALESCE(p.sex, 'UNKNOWN') AS k1, "
            + ageBand("p.birth_date", "r.ruled_at")
            + " AS k2, 1 AS n FROM order_ruling r JOIN protection_order o ON o.id = r.order_id"
            + " JOIN case_file c ON c.id = o.case_id"
            + SUBJECT
            + " WHERE r.decision = 'ISSUED' AND r.ruled_at >= ?1 AND r.ruled_at < ?2");
    spec(
        "PO_RULED_ON_TIME",
        List.of("urgent"),
        "SELECT CASE WHEN o.urgent THEN 'true' ELSE 'false' END AS k1,"
            + " CASE WHEN EXISTS (SELECT 1 FROM order_ruling r WHERE r.order_id = o.id"
            + " AND r.seq = 1 AND r.ruled_at <= o.ruling_due_at) THEN 1 ELSE 0 END AS n, 1 AS d"
            + " FROM protection_order o WHERE o.accepted_at >= ?1 AND o.accepted_at < ?2");
    spec(
        "PO_VIOLATIONS",
        List.of("street"),
        "SELECT "
            + STREET
            + " AS k1, 1 AS n FROM order_event e"
            + " JOIN protection_order o ON o.id = e.order_id JOIN case_file c ON c.id = o.case_id"
            + " WHERE e.event_type = 'VIOLATED' AND e.occurred_at >= ?1 AND e.occurred_at < ?2");
    spec(
        "DV_SHELTER",
        List.of("sex", "ageBand"),
        "SELECT COALESCE(p.sex, 'UNKNOWN') AS k1, "
            + ageBand("p.birth_date", "st.from_at")
            + " AS k2, 1 AS n FROM shelter_stay st JOIN case_file c ON c.id = st.case_id"
            + SUBJECT
            + " WHERE st.from_at >= ?1 AND st.from_at < ?2");
    // DV cases closed in the period (their latest approval), with a visit after the report
    spec(
        "DV_FOLLOWUP",
        List.of("street"),
        "SELECT "
            + STREET
            + " AS k1, CASE WHEN EXISTS (SELECT 1 FROM case_visit v"
            + " WHERE v.case_id = c.id) THEN 1 ELSE 0 END AS n, 1 AS d FROM case_file c"
            + " WHERE c.kind = 'DOMESTIC_VIOLENCE' AND c.status = 'CLOSED'"
            + " AND (SELECT MAX(e.occurred_at) FROM case_event e WHERE e.case_id = c.id"
            + " AND e.event_type = 'CLOSURE_APPROVED') >= ?1"
            + " AND (SELECT MAX(e.occurred_at) FROM case_event e WHERE e.case_id = c.id"
            + " AND e.event_type = 'CLOSURE_APPROVED') < ?2");
    spec(
        "WR_HOTLINE_CALLS",
        List.of("category", "sex", "ageBand"),
        "SELECT h.category AS k1, COALESCE(h.caller_sex, 'UNKNOWN') AS k2, "
            + ageBandOfAge("h.caller_age")
            + " AS k3, 1 AS n FROM hotline_call h"
            + " WHERE h.line = '12338' AND h.started_at >= ?1 AND h.started_at < ?2");
    spec(
        "WR_HOTLINE_ACTIONED",
        List.of("category"),
        "SELECT h.category AS k1,"
            + " CASE WHEN h.outcome IN ('CASE', 'REFERRED') THEN 1 ELSE 0 END AS n, 1 AS d"
            + " FROM hotline_call h"
            + " WHERE h.line = '12338' AND h.started_at >= ?1 AND h.started_at < ?2");
    SPECS.put(
        "STAFF_SUPERVISOR_COVERAGE",
        new Spec(
            List.of(),
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM staff_member m WHERE m.enabled = TRUE"
                + " AND m.jurisdiction = j.code AND m.roles LIKE '%child-supervisor%')"
                + " THEN 1 ELSE 0 END AS n, 1 AS d"
                + " FROM jurisdiction j WHERE j.node_level = 'STREET' AND j.retired = FALSE",
            true,
            Period.NONE));
    SPECS.put(
        "STAFF_DIRECTOR_COVERAGE",
        new Spec(
            List.of("street"),
            "SELECT j.parent_code AS k1, CASE WHEN EXISTS (SELECT 1 FROM staff_member m"
                + " WHERE m.enabled = TRUE AND m.jurisdiction = j.code"
                + " AND m.roles LIKE '%child-director%') THEN 1 ELSE 0 END AS n, 1 AS d"
                + " FROM jurisdiction j WHERE j.node_level = 'COMMUNITY' AND j.retired = FALSE",
            true,
            Period.NONE));
  }

  /** A category's standard (in fen) in force in the month before {@code month} ('YYYY-MM'). */
  private static String standardBefore(String month) {
    return "(SELECT s.monthly * 100 FROM allowance_standard s WHERE s.category = c.category"
        + " AND s.from_month = (SELECT MAX(s2.from_month) FROM allowance_standard s2"
        + " WHERE s2.category = c.category AND s2.from_month < "
        + month
        + "))";
  }

  private static void spec(String code, List<String> keys, String inner) {
    SPECS.put(code, new Spec(keys, inner, inner.contains(" AS d FROM"), Period.INSTANTS));
  }

  /** The cases of a kind received in the period, by street and their subject's sex and age. */
  private static String casesReceived(String kind) {
    return "SELECT "
        + STREET
        + " AS k1, COALESCE(p.sex, 'UNKNOWN') AS k2, "
        + ageBand("p.birth_date", "c.received_at")
        + " AS k3, 1 AS n FROM case_file c"
        + SUBJECT
        + " WHERE c.kind = '"
        + kind
        + "' AND c.received_at >= ?1 AND c.received_at < ?2";
  }

  /** Accepted reports of the period with a deadline of {@code name}: met by its due time? */
  private static String onTime(String name, String received) {
    return "SELECT "
        + STREET
        + " AS k1,"
        + " CASE WHEN d.met_at IS NOT NULL AND d.met_at <= d.due_at THEN 1 ELSE 0 END AS n,"
        + " 1 AS d FROM case_file c JOIN case_deadline d ON d.case_id = c.id"
        + " AND d.name = '"
        + name
        + "' AND d.started_by = 'RECEIVED'"
        + " WHERE c.kind = 'CHILD_PROTECTION' AND c.status <> 'NOT_ACCEPTED' AND "
        + received;
  }

  /** Whole years between {@code birth} (a date) and {@code day} (a date). */
  private static String age(String birth, String day) {
    return "(EXTRACT(YEAR FROM "
        + day
        + ") - EXTRACT(YEAR FROM "
        + birth
        + ")"
        + " - CASE WHEN EXTRACT(MONTH FROM "
        + day
        + ") * 100 + EXTRACT(DAY FROM "
        + day
        + ")"
        + " < EXTRACT(MONTH FROM "
        + birth
        + ") * 100 + EXTRACT(DAY FROM "
        + birth
        + ")"
        + " THEN 1 ELSE 0 END)";
  }

  /** The age band on the Beijing day of {@code at} (a UTC date-time column). */
  private static String ageBand(String birth, String at) {
    return bands(
        "CASE WHEN "
            + birth
            + " IS NULL THEN NULL ELSE "
            + age(birth, "TIMESTAMPADD(HOUR, 8, " + at + ")")
            + " END");
  }

  private static String ageBandOnDate(String birth, String day) {
    return bands("CASE WHEN " + birth + " IS NULL THEN NULL ELSE " + age(birth, day) + " END");
  }

  private static String ageBandOfAge(String ageColumn) {
    return bands(ageColumn);
  }

  /** DOMAIN.md §3's bands: children 0–2, 3–5, 6–11, 12–14, 15–17; women 18–34, 35–59, 60+. */
  private static String bands(String age) {
    return "CASE WHEN "
        + age
        + " IS NULL THEN 'UNKNOWN'"
        + " WHEN "
        + age
        + " < 3 THEN '0-2' WHEN "
        + age
        + " < 6 THEN '3-5'"
        + " WHEN "
        + age
        + " < 12 THEN '6-11' WHEN "
        + age
        + " < 15 THEN '12-14'"
        + " WHEN "
        + age
        + " < 18 THEN '15-17' WHEN "
        + age
        + " < 35 THEN '18-34'"
        + " WHEN "
        + age
        + " < 60 THEN '35-59' ELSE '60+' END";
  }

  @Override
  public boolean knows(String code) {
    return SPECS.containsKey(code);
  }

  /**
   * A rise over the year, the visits and review of a year, and a coverage over a year's entered
   * denominator have no quarterly value.
   */
  private static final java.util.Set<String> YEARLY =
      java.util.Set.of("ALLOWANCE_STANDARD_GROWTH", "ORPHAN_VISITS", "REHAB_COVERAGE");

  @Override
  public boolean yearly(String code) {
    return YEARLY.contains(code);
  }

  /**
   * The statement that counts {@code code}, the period as {@code ?1} and {@code ?2} ({@link
   * #periodOf}): for the benchmark, whose baseline runs the same SQL over plain JDBC.
   */
  public static String statement(String code) {
    return statement(code, DEFAULT_VISITS);
  }

  private static String statement(String code, int visits) {
    Spec spec = SPECS.get(code);
    if (spec == null) {
      throw new IllegalArgumentException("no query for " + code);
    }
    StringBuilder columns = new StringBuilder();
    for (int i = 1; i <= spec.keys().size(); i++) {
      columns.append("t.k").append(i).append(", ");
    }
    String groupBy =
        spec.keys().isEmpty()
            ? ""
            : " GROUP BY "
                + columns.substring(0, columns.length() - 2)
                + " ORDER BY "
                + columns.substring(0, columns.length() - 2);
    return "SELECT "
        + columns
        + "SUM(t.n)"
        + (spec.rate() ? ", SUM(t.d)" : "")
        + (spec.persons() ? ", COUNT(DISTINCT t.p)" : "")
        + " FROM ("
        + spec.inner().replace(VISITS, Integer.toString(visits))
        + ") t"
        + groupBy;
  }

  /**
   * How {@link #statement} takes its period: {@code INSTANTS} (UTC), {@code DATES} or {@code NONE}.
   */
  public static String periodOf(String code) {
    return SPECS.get(code).period().name();
  }

  @Override
  public List<Row> count(String code, Instant from, Instant to) {
    Spec spec = SPECS.get(code);
    if (spec == null) {
      throw new IllegalArgumentException("no query for " + code);
    }
    Query q = em.createNativeQuery(statement(code, visitsAYear));
    if (spec.period() == Period.DATES) {
      q.setParameter(1, LocalDate.ofInstant(from, Beijing.ZONE));
      q.setParameter(2, LocalDate.ofInstant(to, Beijing.ZONE));
    } else if (spec.period() == Period.INSTANTS) {
      q.setParameter(1, Stored.INSTANTS.convertToDatabaseColumn(from));
      q.setParameter(2, Stored.INSTANTS.convertToDatabaseColumn(to));
    }
    List<Row> rows = new ArrayList<>();
    for (Object result : q.getResultList()) {
      Object[] r = result instanceof Object[] a ? a : new Object[] {result};
      Map<String, String> breakdown = new LinkedHashMap<>();
      for (int i = 0; i < spec.keys().size(); i++) {
        breakdown.put(spec.keys().get(i), r[i] == null ? "UNKNOWN" : r[i].toString());
      }
      int k = spec.keys().size();
      long n = r[k] == null ? 0 : ((Number) r[k]).longValue();
      long d = spec.rate() ? (r[k + 1] == null ? 0 : ((Number) r[k + 1]).longValue()) : n;
      long persons = spec.persons() ? ((Number) r[k + 2]).longValue() : 0;
      if (spec.keys().isEmpty() && d == 0 && n == 0) {
        continue; // SUM over no rows
      }
      rows.add(new Row(breakdown, n, d, persons));
    }
    return rows;
  }
}
