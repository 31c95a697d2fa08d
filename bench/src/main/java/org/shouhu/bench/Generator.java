package org.shouhu.bench;

import static org.shouhu.casework.domain.CaseStatus.ASSESSMENT;
import static org.shouhu.casework.domain.CaseStatus.CLOSED;
import static org.shouhu.casework.domain.CaseStatus.FOLLOW_UP;
import static org.shouhu.casework.domain.CaseStatus.INTAKE;
import static org.shouhu.casework.domain.CaseStatus.INTERVENTION;
import static org.shouhu.casework.domain.CaseStatus.NOT_ACCEPTED;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.shouhu.casework.domain.CaseCategory;
import org.shouhu.casework.domain.CaseKind;
import org.shouhu.casework.domain.CaseNumber;
import org.shouhu.casework.domain.CaseStatus;
import org.shouhu.casework.domain.Channel;
import org.shouhu.casework.domain.ReporterType;
import org.shouhu.shared.domain.Beijing;

/**
 * Deterministic case files (fixed seed): case {@code i} of a run is always the same case, whatever
 * was generated before it, so that a run can load 100,000 cases, measure, and go on to 1,000,000.
 * Cases spread over ten years ending at {@code end}, across the province's communities, all five
 * kinds, both sexes and every age the kind implies; about 5 timeline events a case, the deadlines
 * the rules start (met, lapsed or open — a few overdue and already escalated), visits, a few
 * legal-aid referrals, and two access-log entries (the intake and a later read).
 */
final class Generator {

  static final long SEED = 20_261_128L;

  /** The way a case goes, intake to closure. */
  private static final List<CaseStatus> LADDER =
      List.of(INTAKE, ASSESSMENT, INTERVENTION, FOLLOW_UP, CLOSED);

  /** Keys of persons other than the subjects (guardians, household members). */
  private static final long OTHER_PERSONS = 4_000_000_000L;

  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final String GIVEN =
      "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华玉萍红玲芬燕彩春菊凤洁梅琳云莲雪荣爱香月媛瑞佳嘉琼珍莉晶妍秋珊锦青倩婷婉颖露瑶怡丹蓉君琴薇梦岚馨韵悦昭冰欣宁晓欢枫芸菲宇雨浩然子轩博文思睿";
  private static final String[] ROADS = {"中山路", "长江路", "黄河路", "人民路", "胜利路", "五四路", "解放路", "友好路"};
  private static final String[] SUMMARIES = {
    "学校老师发现孩子身上有多处淤青，孩子称在家中被打。",
    "邻居反映孩子长期独自在家，无人照料，饮食不规律。",
    "来电人称遭受配偶殴打，已多次报警，请求帮助。",
    "当事人反映在求职中因性别受到歧视，要求维权。",
    "孤儿申请基本生活保障，监护人为祖母。",
    "残疾儿童申请康复救助，已在定点机构评估。",
    "医院报告疑似性侵害，已联系公安机关。",
    "当事人称离婚后财产被对方侵占，寻求法律帮助。"
  };
  private static final int[] REGIONS = {
    210202, 210203, 210204, 210211, 210212, 210213, 210214, 210281, 210283, 210102, 210103, 210104,
    210105, 210106, 210111, 210112, 210113, 210114, 210115, 210181, 210302, 210303, 210304, 210311,
    110101, 110102, 110105, 110106, 120101, 130102, 140105, 150102, 220102, 230102, 310101, 320102,
    330102, 340102, 350102, 360102, 370102, 410102, 420102, 430102, 440103, 450102, 500103, 510104
  };

  /** A person as typed in (plaintext; the loader encrypts). */
  record PersonRow(
      String id,
      String name,
      String sex,
      LocalDate birthDate,
      String idNumber,
      String phone,
      String address) {}

  record PartyRow(String id, String personId, String role) {}

  record EventRow(String id, int seq, Instant at, String user, String type, String detail) {}

  record DeadlineRow(
      String id,
      String name,
      String startedBy,
      Instant startedAt,
      Instant dueAt,
      String metBy,
      Instant metAt,
      Instant lapsedAt,
      boolean escalated) {}

  record VisitRow(String id, Instant at, String mode, String notes, String recordedBy) {}

  record AccessRow(String id, Instant at, String user, String roles, String action) {}

  record ReferralRow(String id, String reason, String status, String by, Instant at) {}

  /** One generated case file with everything that hangs off it. */
  record CaseFile(
      String id,
      CaseNumber number,
      CaseKind kind,
      CaseStatus status,
      Channel channel,
      String jurisdiction,
      CaseCategory category,
      boolean urgent,
      String summary,
      Instant receivedAt,
      String assignee,
      String createdBy,
      Instant createdAt,
      Instant updatedAt,
      ReporterType reporterType,
      String reporterName,
      String reporterPhone,
      Boolean reporterAnonymous,
      String closureRequestedBy,
      Instant closureRequestedAt,
      String closureReason,
      long version,
      List<PersonRow> newPersons,
      List<PartyRow> parties,
      List<EventRow> events,
      List<DeadlineRow> deadlines,
      List<VisitRow> visits,
      List<AccessRow> access,
      List<ReferralRow> referrals) {}

  private final Province province;
  private final long total;
  private final Instant end;
  private final Instant start;

  /**
   * @param total the run's final number of cases (they spread over the ten years before {@code
   *     end})
   */
  Generator(Province province, long total, Instant end) {
    this.province = province;
    this.total = total;
    this.end = end;
    this.start = end.minus(Duration.ofDays(3650));
  }

  /**
   * The random stream of {@code key} for one {@code purpose}. The seed is mixed (SplittableRandom's
   * own steps are golden-ratio increments: seeds that differ by them would share their streams).
   */
  static SplittableRandom random(long key, int purpose) {
    long h = SEED ^ (key * 0xBF58476D1CE4E5B9L) ^ ((long) purpose * 0x94D049BB133111EBL);
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    return new SplittableRandom(h ^ (h >>> 31));
  }

  static String uuid(SplittableRandom r) {
    long hi = (r.nextLong() & ~0xF000L) | 0x4000L; // version 4
    long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
    return new UUID(hi, lo).toString();
  }

  Instant receivedAt(long i) {
    SplittableRandom r = random(i, 1);
    long span = Duration.between(start, end).toSeconds();
    long at = (long) ((i + r.nextDouble()) * span / total);
    return start.plusSeconds(at).truncatedTo(ChronoUnit.SECONDS);
  }

  CaseKind kindOf(long i) {
    long j = repeatOf(i);
    if (j >= 0) {
      return kindOf(j);
    }
    int k = random(i, 2).nextInt(100);
    return k < 35
        ? CaseKind.CHILD_PROTECTION
        : k < 60
            ? CaseKind.DOMESTIC_VIOLENCE
            : k < 80
                ? CaseKind.WOMENS_RIGHTS
                : k < 90 ? CaseKind.ORPHAN_SUPPORT : CaseKind.DISABLED_CHILD_REHAB;
  }

  /** 8 % of cases are about a person an earlier case was about: that case's index, else -1. */
  long repeatOf(long i) {
    if (i == 0) {
      return -1;
    }
    SplittableRandom r = random(i, 3);
    if (r.nextInt(100) >= 8) {
      return -1;
    }
    return i - 1 - r.nextLong(Math.min(i, 20_000));
  }

  long subjectKey(long i) {
    long j = repeatOf(i);
    return j < 0 ? i : subjectKey(j);
  }

  static boolean childKind(CaseKind kind) {
    return kind == CaseKind.CHILD_PROTECTION
        || kind == CaseKind.ORPHAN_SUPPORT
        || kind == CaseKind.DISABLED_CHILD_REHAB;
  }

  /** The subject of case {@code key} (a child for the children's kinds, else an adult). */
  PersonRow subject(long key) {
    CaseKind kind = kindOf(key);
    SplittableRandom r = random(key, 4);
    String sex =
        switch (kind) {
          case WOMENS_RIGHTS -> "F";
          case DOMESTIC_VIOLENCE -> r.nextInt(100) < 88 ? "F" : "M";
          default -> r.nextBoolean() ? "F" : "M";
        };
    LocalDate on = receivedAt(key).atZone(Beijing.ZONE).toLocalDate();
    LocalDate birth =
        childKind(kind)
            ? on.minusDays(1 + r.nextInt(18 * 365 - 2))
            : on.minusDays(18 * 366 + r.nextInt(52 * 365));
    return person(r, key, sex, birth, kind == CaseKind.ORPHAN_SUPPORT ? 0 : 1);
  }

  /** A guardian or household member: an adult. */
  PersonRow other(long i, int n) {
    long key = OTHER_PERSONS + i * 4 + n;
    SplittableRandom r = random(key, 4);
    LocalDate on = receivedAt(i).atZone(Beijing.ZONE).toLocalDate();
    return person(
        r, key, r.nextBoolean() ? "F" : "M", on.minusDays(20 * 365 + r.nextInt(45 * 365)), 1);
  }

  /** A person for an intake typed in now (B1, B4): key outside the generated range. */
  PersonRow newcomer(long key, boolean child) {
    SplittableRandom r = random(key, 4);
    LocalDate today = LocalDate.now(Beijing.ZONE);
    LocalDate birth =
        child
            ? today.minusDays(1 + r.nextInt(17 * 365))
            : today.minusDays(18 * 366 + r.nextInt(50 * 365));
    return person(r, key, child ? (r.nextBoolean() ? "F" : "M") : "F", birth, 1);
  }

  private PersonRow person(SplittableRandom r, long key, String sex, LocalDate birth, int phone) {
    String id = uuid(r);
    String name =
        SURNAMES.charAt(r.nextInt(SURNAMES.length()))
            + ""
            + GIVEN.charAt(r.nextInt(GIVEN.length()))
            + (r.nextInt(3) > 0 ? String.valueOf(GIVEN.charAt(r.nextInt(GIVEN.length()))) : "");
    String idNumber = r.nextInt(100) < 92 ? residentId(key, birth, sex) : null;
    String address =
        "大连市西岗区"
            + ROADS[r.nextInt(ROADS.length)]
            + (1 + r.nextInt(300))
            + "号"
            + (1 + r.nextInt(20))
            + "单元";
    return new PersonRow(id, name, sex, birth, idNumber, phone > 0 ? mobile(r) : null, address);
  }

  /** A well-formed resident ID (GB 11643: region, birth date, sequence with the sex, check). */
  static String residentId(long key, LocalDate birth, String sex) {
    int region = REGIONS[(int) Math.floorMod(key, (long) REGIONS.length)];
    int sequence = (int) Math.floorMod(key / REGIONS.length, 500L) * 2 + ("M".equals(sex) ? 1 : 0);
    String body =
        String.format(
            "%06d%04d%02d%02d%03d",
            region, birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), sequence);
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int k = 0; k < 17; k++) {
      sum += (body.charAt(k) - '0') * weights[k];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  static String mobile(SplittableRandom r) {
    return "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000));
  }

  static String summary(SplittableRandom r) {
    return SUMMARIES[r.nextInt(SUMMARIES.length)];
  }

  static Channel channel(CaseKind kind, SplittableRandom r) {
    return switch (kind) {
      case CHILD_PROTECTION ->
          new Channel[] {
                Channel.MANDATORY_REPORT,
                Channel.CHILD_PROTECTION_HOTLINE,
                Channel.POLICE,
                Channel.WALK_IN,
                Channel.HOME_VISIT
              }
              [r.nextInt(5)];
      case DOMESTIC_VIOLENCE ->
          new Channel[] {Channel.HOTLINE_12338, Channel.POLICE, Channel.WALK_IN, Channel.COURT}
              [r.nextInt(4)];
      case WOMENS_RIGHTS ->
          new Channel[] {Channel.HOTLINE_12338, Channel.WALK_IN, Channel.ONLINE}[r.nextInt(3)];
      default -> new Channel[] {Channel.WALK_IN, Channel.HOME_VISIT}[r.nextInt(2)];
    };
  }

  static CaseCategory category(CaseKind kind, SplittableRandom r) {
    List<CaseCategory> allowed = new ArrayList<>(kind.categories());
    allowed.sort(null);
    return allowed.get(r.nextInt(allowed.size()));
  }

  /** Case {@code i}, numbered {@code number}. */
  CaseFile caseFile(long i, CaseNumber number) {
    SplittableRandom r = random(i, 5);
    CaseKind kind = kindOf(i);
    Instant received = receivedAt(i);
    String jurisdiction = province.communities.get(r.nextInt(province.communities.size()));
    Channel channel = channel(kind, r);
    boolean urgent = kind == CaseKind.CHILD_PROTECTION && r.nextInt(100) < 10;
    String creator =
        channel == Channel.HOTLINE_12338 || channel == Channel.CHILD_PROTECTION_HOTLINE
            ? "hotline-" + (1 + r.nextInt(40))
            : "director-" + jurisdiction;
    String creatorRoles = creator.startsWith("hotline") ? "hotline-operator" : "child-director";
    String director = "director-" + jurisdiction;
    String id = uuid(r);

    List<PersonRow> newPersons = new ArrayList<>();
    List<PartyRow> parties = new ArrayList<>();
    long subjectKey = subjectKey(i);
    PersonRow subject = subject(subjectKey);
    if (subjectKey == i) {
      newPersons.add(subject);
    }
    parties.add(new PartyRow(uuid(r), subject.id(), "SUBJECT"));
    if (kind == CaseKind.CHILD_PROTECTION && r.nextInt(100) < 40
        || kind == CaseKind.ORPHAN_SUPPORT) {
      PersonRow guardian = other(i, 0);
      newPersons.add(guardian);
      parties.add(new PartyRow(uuid(r), guardian.id(), "GUARDIAN"));
    }
    if (kind == CaseKind.DOMESTIC_VIOLENCE && r.nextInt(100) < 70) {
      PersonRow respondent = other(i, 1);
      newPersons.add(respondent);
      parties.add(new PartyRow(uuid(r), respondent.id(), "HOUSEHOLD_MEMBER"));
    }

    // where the case stands now, by its age
    long ageDays = Duration.between(received, end).toDays();
    int s = r.nextInt(100);
    CaseStatus status =
        ageDays > 180
            ? pick(s, new int[] {88, 93, 97}, CLOSED, NOT_ACCEPTED, FOLLOW_UP, INTERVENTION)
            : ageDays > 30
                ? pick(s, new int[] {40, 45, 75}, CLOSED, NOT_ACCEPTED, FOLLOW_UP, INTERVENTION)
                : ageDays > 7
                    ? pick(
                        s,
                        new int[] {10, 60, 90},
                        ASSESSMENT,
                        INTERVENTION,
                        FOLLOW_UP,
                        NOT_ACCEPTED)
                    : pick(s, new int[] {40, 90}, INTAKE, ASSESSMENT, NOT_ACCEPTED);
    // the statuses it went through: up the ladder, or (not accepted) off it after one or two
    List<CaseStatus> path;
    if (status == NOT_ACCEPTED) {
      path = new ArrayList<>(LADDER.subList(0, r.nextBoolean() ? 2 : 1));
      path.add(NOT_ACCEPTED);
    } else {
      path = LADDER.subList(0, LADDER.indexOf(status) + 1);
    }
    // the moment each status was reached: spread over the case's age, at most 40 days apart
    long gap = Math.max(3600, Math.min(40L * 86400, ageDays * 86400 / (path.size() + 1)));
    List<Instant> reached = new ArrayList<>();
    Instant t = received;
    for (int k = 0; k < path.size(); k++) {
      reached.add(t);
      t = t.plusSeconds(gap / 2 + r.nextLong(gap / 2 + 1));
    }
    Instant createdAt = received.plusSeconds(60 + r.nextInt(1800));

    List<EventRow> events = new ArrayList<>();
    List<VisitRow> visits = new ArrayList<>();
    List<DeadlineRow> deadlines = new ArrayList<>();
    int[] seq = {0};
    events.add(new EventRow(uuid(r), seq[0]++, createdAt, creator, "RECEIVED", channel.name()));
    boolean visitsKind = kind == CaseKind.CHILD_PROTECTION || kind == CaseKind.DOMESTIC_VIOLENCE;
    Instant firstVisit = null;
    if (visitsKind && path.size() > 1 && r.nextInt(100) < 95) {
      firstVisit =
          maxOf(createdAt, received.plusSeconds(3600 + r.nextInt(urgent ? 3600 : 20 * 3600)));
      visits.add(visit(r, firstVisit, director));
      events.add(new EventRow(uuid(r), seq[0]++, firstVisit, director, "VISITED", "HOME"));
    }
    Instant closureAt = null;
    String closureReason = null;
    for (int k = 1; k < path.size(); k++) {
      CaseStatus from = path.get(k - 1);
      CaseStatus to = path.get(k);
      Instant at = maxOf(reached.get(k), createdAt.plusSeconds(60L * k));
      if (to == CaseStatus.CLOSED) {
        closureAt = at.minusSeconds(86400);
        closureReason = "服务目标已达成，家庭情况稳定。";
        events.add(
            new EventRow(
                uuid(r), seq[0]++, closureAt, director, "CLOSURE_REQUESTED", closureReason));
        events.add(
            new EventRow(
                uuid(r),
                seq[0]++,
                at,
                "supervisor-" + jurisdiction.substring(0, 9),
                "CLOSURE_APPROVED",
                null));
      } else {
        String type = to == CaseStatus.NOT_ACCEPTED ? "NOT_ACCEPTED" : "TRANSITION";
        events.add(new EventRow(uuid(r), seq[0]++, at, director, type, from + " → " + to));
      }
    }
    Instant ended =
        status == CaseStatus.CLOSED || status == CaseStatus.NOT_ACCEPTED
            ? reached.get(reached.size() - 1)
            : null;

    // deadlines, as the rules in config/casework/deadline-rules.tsv start them
    if (kind == CaseKind.CHILD_PROTECTION) {
      Instant due = received.plus(Duration.ofHours(urgent ? 2 : 24));
      deadlines.add(
          deadline(r, "FIRST_CONTACT", "RECEIVED", received, due, "VISITED", firstVisit, ended));
      int assessed = path.indexOf(CaseStatus.INTERVENTION);
      deadlines.add(
          deadline(
              r,
              "ASSESSMENT",
              "RECEIVED",
              received,
              received.plus(Duration.ofDays(7)),
              "ASSESSED",
              assessed < 0 ? null : maxOf(reached.get(assessed), createdAt),
              ended));
    }
    int followUp = path.indexOf(CaseStatus.FOLLOW_UP);
    if (visitsKind && followUp >= 0) {
      Instant started = maxOf(reached.get(followUp), createdAt);
      for (int n = 1; n <= 3; n++) {
        Instant due = started.atZone(ZoneOffset.UTC).plusMonths(n).toInstant();
        Instant met = null;
        Instant visitAt = due.minus(Duration.ofDays(3 + r.nextInt(10)));
        boolean done = ended != null ? visitAt.isBefore(ended) : visitAt.isBefore(end);
        if (done && r.nextInt(100) < 93) {
          met = visitAt;
          visits.add(visit(r, visitAt, director));
          events.add(new EventRow(uuid(r), seq[0]++, visitAt, director, "VISITED", "HOME"));
        }
        deadlines.add(
            deadline(
                r,
                "FOLLOW_UP_VISIT_" + n,
                "FOLLOW_UP_STARTED",
                started,
                due,
                "VISITED",
                met,
                ended));
      }
    }
    events.sort((a, b) -> a.at().compareTo(b.at()));
    List<EventRow> ordered = new ArrayList<>();
    for (int k = 0; k < events.size(); k++) {
      EventRow e = events.get(k);
      ordered.add(new EventRow(e.id(), k, e.at(), e.user(), e.type(), e.detail()));
    }
    Instant updatedAt = ordered.get(ordered.size() - 1).at();

    List<ReferralRow> referrals = new ArrayList<>();
    if ((kind == CaseKind.DOMESTIC_VIOLENCE || kind == CaseKind.WOMENS_RIGHTS)
        && path.contains(CaseStatus.INTERVENTION)
        && r.nextInt(100) < 6) {
      referrals.add(
          new ReferralRow(
              uuid(r),
              "当事人需要法律援助，已征得同意。",
              status == CaseStatus.CLOSED ? "CONCLUDED" : "REFERRED",
              director,
              reached.get(path.indexOf(CaseStatus.INTERVENTION))));
    }

    List<AccessRow> access = new ArrayList<>();
    access.add(new AccessRow(uuid(r), createdAt, creator, creatorRoles, "CREATE"));
    access.add(
        new AccessRow(
            uuid(r),
            createdAt.plusSeconds(600 + r.nextInt(86400)),
            director,
            "child-director",
            "READ"));

    ReporterType reporterType = null;
    String reporterName = null;
    String reporterPhone = null;
    Boolean anonymous = null;
    if (kind == CaseKind.CHILD_PROTECTION) {
      ReporterType[] types = ReporterType.values();
      reporterType = types[r.nextInt(types.length)];
      anonymous = r.nextInt(100) < 5;
      if (!anonymous) {
        reporterName = SURNAMES.charAt(r.nextInt(SURNAMES.length())) + "老师";
        reporterPhone = mobile(r);
      }
    }
    return new CaseFile(
        id,
        number,
        kind,
        status,
        channel,
        jurisdiction,
        kind == CaseKind.ORPHAN_SUPPORT || kind == CaseKind.DISABLED_CHILD_REHAB
            ? null
            : category(kind, r),
        urgent,
        summary(r),
        received,
        status == CaseStatus.INTAKE ? null : director,
        creator,
        createdAt,
        updatedAt,
        reporterType,
        reporterName,
        reporterPhone,
        anonymous,
        status == CaseStatus.CLOSED ? director : null,
        closureAt,
        closureReason,
        ordered.size() - 1,
        newPersons,
        parties,
        ordered,
        deadlines,
        visits,
        access,
        referrals);
  }

  /** {@code statuses[k]} for the first bound {@code s} is below; the last status otherwise. */
  private static CaseStatus pick(int s, int[] bounds, CaseStatus... statuses) {
    for (int k = 0; k < bounds.length; k++) {
      if (s < bounds[k]) {
        return statuses[k];
      }
    }
    return statuses[statuses.length - 1];
  }

  private VisitRow visit(SplittableRandom r, Instant at, String by) {
    return new VisitRow(uuid(r), at, "HOME", "入户走访，了解孩子和家庭近况。", by);
  }

  private DeadlineRow deadline(
      SplittableRandom r,
      String name,
      String startedBy,
      Instant startedAt,
      Instant due,
      String metBy,
      Instant met,
      Instant ended) {
    Instant lapsed = met == null && ended != null ? ended : null;
    boolean overdue = met == null && lapsed == null && due.isBefore(end);
    return new DeadlineRow(uuid(r), name, startedBy, startedAt, due, metBy, met, lapsed, overdue);
  }

  private static Instant maxOf(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
