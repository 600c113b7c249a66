package org.habeas.safeguards.yaml;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.habeas.safeguards.Confidence;
import org.habeas.safeguards.InvalidProfileException;
import org.habeas.safeguards.LocalizedText;
import org.habeas.safeguards.Profile;
import org.habeas.safeguards.ProfileProblem;
import org.habeas.safeguards.ProfileSettings;
import org.habeas.safeguards.Rule;
import org.habeas.safeguards.RuleTerms;
import org.habeas.safeguards.ZoneHandling;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a profile document. YAML is only composed into a node tree, never constructed into objects,
 * so no tag in an uploaded document can make anything run; each node keeps its line.
 */
public final class ProfileParser {

  private static final Pattern PROFILE_ID = Pattern.compile("[a-z][a-z0-9-]*");

  private ProfileParser() {}

  /**
   * The profile the document describes.
   *
   * @throws InvalidProfileException listing every problem found, with its line and column
   */
  public static Profile parse(String document) {
    Problems p = new Problems();
    Profile profile = read(document, p);
    if (p.any() || profile == null) {
      throw new InvalidProfileException(p.sorted());
    }
    return profile;
  }

  private static @Nullable Profile read(String document, Problems p) {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(100);
      options.setCodePointLimit(1_000_000);
      root = new Yaml(new SafeConstructor(options)).compose(new StringReader(document));
    } catch (MarkedYAMLException e) {
      var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = String.valueOf(e.getProblem());
      if (mark == null) {
        p.add(1, 1, "", ProfileProblem.SYNTAX, problem);
      } else {
        p.add(mark, "", ProfileProblem.SYNTAX, problem);
      }
      return null;
    } catch (YAMLException e) {
      p.add(1, 1, "", ProfileProblem.SYNTAX, String.valueOf(e.getMessage()));
      return null;
    }
    if (root == null) {
      p.add(1, 1, "", ProfileProblem.EXPECTED_MAPPING, "The document");
      return null;
    }
    Section s = Section.of(root, "", p);
    Node idNode = s.require("profile");
    String id = Values.text(idNode, "profile", p);
    if (id != null && idNode != null && !PROFILE_ID.matcher(id).matches()) {
      p.add(idNode, "profile", ProfileProblem.BAD_ID, id);
    }
    Integer version = Values.number(s.require("version"), "version", p, 1);
    LocalizedText title = Values.localized(s.require("title"), "title", p);
    Node settingsNode = s.require("settings");
    ProfileSettings settings =
        settingsNode == null ? null : settings(Section.of(settingsNode, "settings", p), p);
    List<Rule> rules =
        rules(s.require("rules"), p, settings != null && settings.relevantTime() != null);
    s.rejectOthers(List.of("profile", "version", "title", "settings", "rules"));
    if (id == null || version == null || title == null || settings == null) {
      return null;
    }
    return new Profile(id, version, title, settings, rules);
  }

  private static @Nullable ProfileSettings settings(Section s, Problems p) {
    Node zoneNode = s.get("zone");
    String zoneCode = Values.text(zoneNode, s.at("zone"), p);
    ZoneHandling zone =
        zoneCode == null ? ZoneHandling.EVENT_FACILITY : ZoneHandling.of(zoneCode).orElse(null);
    if (zone == null && zoneNode != null) {
      p.add(
          zoneNode,
          s.at("zone"),
          ProfileProblem.BAD_VALUE,
          zoneCode,
          "event-facility, apprehension-facility");
    }
    List<String> languages =
        Values.texts(s.get("languagesOfProceedings"), s.at("languagesOfProceedings"), p).stream()
            .map(Values::lower)
            .toList();
    Node late = s.get("lateEntryAfter");
    Duration lateEntry =
        late == null ? Duration.ofHours(1) : Values.duration(late, s.at("lateEntryAfter"), p);
    ProfileSettings.RelevantTime relevant = null;
    Node rt = s.get("relevantTime");
    if (rt != null) {
      Section r = Section.of(rt, s.at("relevantTime"), p);
      var from = Terms.patterns(r.require("from"), r.at("from"), p, false, r.at("from"));
      Duration atLatest = Values.duration(r.require("atLatest"), r.at("atLatest"), p);
      r.rejectOthers(List.of("from", "atLatest"));
      relevant =
          from.isEmpty() || atLatest == null
              ? null
              : new ProfileSettings.RelevantTime(from, atLatest);
    }
    ProfileSettings.OpenTooLong open = null;
    Node otl = s.require("openTooLong");
    if (otl != null) {
      Section o = Section.of(otl, s.at("openTooLong"), p);
      Duration limit = Values.duration(o.require("limit"), o.at("limit"), p);
      // One text, or kk/ru/en; obligations and alerts carry the English one.
      LocalizedText basisText = Values.localizedOrText(o.require("basis"), o.at("basis"), p);
      String basis = basisText == null ? null : basisText.en();
      Confidence confidence = RuleReader.confidence(o.require("confidence"), o.at("confidence"), p);
      o.rejectOthers(List.of("limit", "basis", "confidence"));
      open =
          limit == null || basis == null || confidence == null
              ? null
              : new ProfileSettings.OpenTooLong(limit, basis, confidence);
    }
    ProfileSettings.Complaints complaints = null;
    Node cn = s.get("complaints");
    if (cn != null) {
      Section c = Section.of(cn, s.at("complaints"), p);
      Duration first =
          Values.duration(c.require("stillHeldFirstResponse"), c.at("stillHeldFirstResponse"), p);
      c.rejectOthers(List.of("stillHeldFirstResponse"));
      complaints = first == null ? null : new ProfileSettings.Complaints(first);
    }
    // Issue 16: how soon a record must acknowledge a reported detention; absent, no alert.
    ProfileSettings.RegistrationLimit registration = null;
    Node rl = s.get("registrationLimit");
    if (rl != null) {
      Section r = Section.of(rl, s.at("registrationLimit"), p);
      Duration limit = Values.duration(r.require("limit"), r.at("limit"), p);
      LocalizedText basisText = Values.localizedOrText(r.require("basis"), r.at("basis"), p);
      Confidence confidence = RuleReader.confidence(r.require("confidence"), r.at("confidence"), p);
      r.rejectOthers(List.of("limit", "basis", "confidence"));
      registration =
          limit == null || basisText == null || confidence == null
              ? null
              : new ProfileSettings.RegistrationLimit(limit, basisText, confidence);
    }
    // Issue 19: what the public lookup tells of a record, and to whom; absent, nothing.
    Node ln = s.get("lookup");
    ProfileSettings.Lookup lookup =
        ln == null ? null : lookup(Section.of(ln, s.at("lookup"), p), p);
    s.rejectOthers(
        List.of(
            "zone",
            "languagesOfProceedings",
            "lateEntryAfter",
            "relevantTime",
            "openTooLong",
            "complaints",
            "registrationLimit",
            "lookup"));
    if (zone == null
        || lateEntry == null
        || open == null
        || (rt != null && relevant == null)
        || (cn != null && complaints == null)
        || (rl != null && registration == null)
        || (ln != null && lookup == null)) {
      return null;
    }
    return new ProfileSettings(
        zone, languages, lateEntry, relevant, open, complaints, registration, lookup);
  }

  private static ProfileSettings.@Nullable Lookup lookup(Section l, Problems p) {
    var who =
        choice(l.require("whoMayAsk"), l.at("whoMayAsk"), p, ProfileSettings.WhoMayAsk.values());
    var nationalId =
        choice(
            l.require("nationalId"), l.at("nationalId"), p, ProfileSettings.NationalIdUse.values());
    Duration closedWithin = Values.duration(l.require("closedWithin"), l.at("closedWithin"), p);
    Node dn = l.require("disclose");
    var disclose = new LinkedHashSet<ProfileSettings.Disclosed>();
    boolean badFact = false;
    for (String code : Values.texts(dn, l.at("disclose"), p)) {
      var fact =
          Arrays.stream(ProfileSettings.Disclosed.values())
              .filter(d -> d.code().equals(code))
              .findFirst();
      if (fact.isEmpty() && dn != null) {
        p.add(
            dn,
            l.at("disclose"),
            ProfileProblem.BAD_VALUE,
            code,
            "status, facility, apprehendedAt, endedAt");
        badFact = true;
      }
      fact.ifPresent(disclose::add);
    }
    LocalizedText basisText = Values.localizedOrText(l.require("basis"), l.at("basis"), p);
    Confidence confidence = RuleReader.confidence(l.require("confidence"), l.at("confidence"), p);
    l.rejectOthers(
        List.of("whoMayAsk", "nationalId", "closedWithin", "disclose", "basis", "confidence"));
    if (who == null
        || nationalId == null
        || closedWithin == null
        || badFact
        || basisText == null
        || confidence == null) {
      return null;
    }
    return new ProfileSettings.Lookup(
        who, nationalId, closedWithin, disclose, basisText, confidence);
  }

  /** One of an enum's values by its code, or null (reported) for anything else. */
  private static <E extends Enum<E>> @Nullable E choice(
      @Nullable Node n, String path, Problems p, E[] values) {
    String code = Values.text(n, path, p);
    if (code == null || n == null) {
      return null;
    }
    for (E e : values) {
      if (e.name().toLowerCase(Locale.ROOT).equals(code)) {
        return e;
      }
    }
    p.add(
        n,
        path,
        ProfileProblem.BAD_VALUE,
        code,
        String.join(
            ", ", Arrays.stream(values).map(e -> e.name().toLowerCase(Locale.ROOT)).toList()));
    return null;
  }

  private static List<Rule> rules(@Nullable Node node, Problems p, boolean relevantTime) {
    List<Rule> rules = new ArrayList<>();
    if (node == null) {
      return rules;
    }
    if (!(node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      p.add(
          node,
          "rules",
          node instanceof SequenceNode ? ProfileProblem.EMPTY : ProfileProblem.EXPECTED_LIST,
          "rules");
      return rules;
    }
    List<RuleReader.Read> read = new ArrayList<>();
    Map<String, RuleReader.Read> byId = new HashMap<>();
    for (int i = 0; i < seq.getValue().size(); i++) {
      RuleReader.Read r =
          RuleReader.read(seq.getValue().get(i), "rules[" + i + "]", p, relevantTime);
      read.add(r);
      if (r.id() != null && byId.putIfAbsent(r.id(), r) != null) {
        p.add(r.idNode(), "rules[" + i + "].id", ProfileProblem.DUPLICATE_RULE, r.id());
      }
      if (r.rule() != null) {
        rules.add(r.rule());
      }
    }
    // An extension must name a deadline of this profile; an absolute maximum cannot be extended.
    for (int i = 0; i < read.size(); i++) {
      RuleReader.Read r = read.get(i);
      if (r.rule() != null && r.rule().terms() instanceof RuleTerms.ExtensionOf x) {
        RuleReader.Read target = byId.get(x.extendsRule());
        boolean deadline =
            target != null
                && target.rule() != null
                && target.rule().terms() instanceof RuleTerms.Deadline;
        if (!deadline && (target == null || target.rule() != null)) {
          Node at = r.extendsNode() == null ? r.idNode() : r.extendsNode();
          p.add(at, "rules[" + i + "].extends", ProfileProblem.UNKNOWN_RULE, x.extendsRule());
        }
      }
    }
    return List.copyOf(rules);
  }
}
