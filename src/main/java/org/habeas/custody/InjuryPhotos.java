package org.habeas.custody;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.habeas.ledger.RecordPayloads;
import org.habeas.system.Actor;
import org.habeas.system.PersonalDataReads;
import org.habeas.system.PersonalDataReads.Purpose;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.Upload;
import org.habeas.system.UploadedContent;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photographs of injuries, taken as evidence when an injury is recorded on the body map.
 *
 * <p>A photograph is accepted by its content only (JPEG or PNG by its magic bytes, {@link
 * UploadedContent}), decoded and encoded again, which drops its EXIF and GPS data, and kept
 * append-only with the record. Its SHA-256 is carried in the {@link InjuryRecorded} event, which
 * the tamper-evident log commits to: a photograph changed later no longer matches its event. The
 * event and its photographs are stored in one transaction ({@link #record}): neither lands without
 * the other.
 *
 * <p>The bytes are sealed under the record's key like its events, so that erasing the record
 * (crypto-shredding) leaves no readable photograph behind.
 *
 * <p>A photograph is shown only to those who may see the record's medical part (the doctor at the
 * facility, and whoever sees the whole record), and every showing is logged as a read of personal
 * data. A monitor sees the record pseudonymised and the photographs, which may show the person's
 * face, only once a reason is given.
 */
@Service
public class InjuryPhotos {

  /** The largest photograph accepted. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  /** The most photographs one injury record carries. */
  public static final int MAX_COUNT = 10;

  /** A photograph accepted: its real media type, the bytes kept and their SHA-256 (hex). */
  public record Photo(String mediaType, byte[] bytes, String sha256) {}

  private final CustodyRecords records;
  private final JdbcClient jdbc;
  private final PersonalDataReads reads;
  private final Clock clock;
  private final RecordPayloads payloads;

  InjuryPhotos(
      CustodyRecords records,
      JdbcClient jdbc,
      PersonalDataReads reads,
      Clock clock,
      RecordPayloads payloads) {
    this.records = records;
    this.jdbc = jdbc;
    this.reads = reads;
    this.clock = clock;
    this.payloads = payloads;
  }

  /**
   * The uploads checked, and the problems with them, all at once (field {@code photos}): too many,
   * too large, not a JPEG or PNG, or an image that does not decode. Empty uploads (no file chosen)
   * are left out.
   */
  public static Checked check(List<Upload> uploads) {
    var files = uploads.stream().filter(u -> u.bytes().length > 0).toList();
    var problems = new ArrayList<FieldProblem>();
    var photos = new ArrayList<Photo>();
    if (files.size() > MAX_COUNT) {
      problems.add(new FieldProblem("photos", "bodymap.photo.tooMany", new Object[] {MAX_COUNT}));
      return new Checked(List.of(), problems);
    }
    for (var u : files) {
      var name = shownName(u.filename());
      if (u.bytes().length > MAX_BYTES) {
        problems.add(
            new FieldProblem(
                "photos",
                "bodymap.photo.tooLarge",
                new Object[] {name, MAX_BYTES / (1024 * 1024)}));
        continue;
      }
      var type = UploadedContent.magic(u.bytes()).filter(t -> t.startsWith("image/")).orElse(null);
      var bytes = type == null ? null : UploadedContent.reencodeImage(u.bytes(), type).orElse(null);
      if (type == null || bytes == null) {
        problems.add(new FieldProblem("photos", "bodymap.photo.type", new Object[] {name}));
        continue;
      }
      photos.add(new Photo(type, bytes, sha256(bytes)));
    }
    return new Checked(problems.isEmpty() ? List.copyOf(photos) : List.of(), problems);
  }

  /** The photographs accepted, or the problems (then none is accepted). */
  public record Checked(List<Photo> photos, List<FieldProblem> problems) {}

  /**
   * Records the injury with its photographs: the event through {@link CustodyRecords#append}
   * (access, the record's rules, the log and the safeguards, as for every event), then the
   * photographs, in the same transaction. The event must name exactly the photographs given.
   */
  @Transactional
  public StoredEvent record(
      Actor actor,
      String recordId,
      InjuryRecorded injury,
      List<Photo> photos,
      @Nullable Integer expectedLastSeq) {
    return record(actor, recordId, injury, photos, expectedLastSeq, null);
  }

  /**
   * Records the injury with its photographs as {@link #record(Actor, String, InjuryRecorded, List,
   * Integer)} does and, when given, the medical examination the doctor completed with it, in the
   * same transaction: all land or none.
   */
  @Transactional
  public StoredEvent record(
      Actor actor,
      String recordId,
      InjuryRecorded injury,
      List<Photo> photos,
      @Nullable Integer expectedLastSeq,
      @Nullable MedicalExaminationCompleted examination) {
    var named = injury.photosOrNone();
    if (!named.equals(photos.stream().map(Photo::sha256).toList())) {
      throw Problem.badField("photoSha256", "bodymap.photo.mismatch");
    }
    var stored = records.append(actor, recordId, injury, expectedLastSeq);
    var now = Timestamp.from(clock.instant());
    for (var p : photos) {
      jdbc.sql(
              """
              insert into custody_injury_photo
                (record_id, sha256, seq, media_type, size_bytes, content, stored_at, stored_by)
              select :record, :sha, :seq, :type, :size, :content, :at, :by
              where not exists (select 1 from custody_injury_photo
                where record_id = :record and sha256 = :sha)
              """)
          .param("record", recordId)
          .param("sha", p.sha256())
          .param("seq", stored.seq())
          .param("type", p.mediaType())
          .param("size", p.bytes().length)
          .param("content", seal(recordId, stored.seq(), p.bytes()))
          .param("at", now)
          .param("by", actor.username())
          .update();
    }
    if (examination != null) {
      records.append(actor, recordId, examination, stored.seq());
    }
    return stored;
  }

  /**
   * A photograph of the record, if the actor may see the record's medical part and an injury event
   * shown to them names it; the showing is logged. A record the actor may not see at all is 404.
   *
   * @param reason a monitor's stated reason, which lifts the pseudonymisation as on the record page
   */
  @Transactional
  public Optional<Photo> read(
      Actor actor, String recordId, String sha256, @Nullable String reason) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      return Optional.empty();
    }
    var view = records.view(actor, recordId, reason);
    if (view.visibility() != Visibility.FULL && view.visibility() != Visibility.MEDICAL) {
      return Optional.empty();
    }
    boolean named =
        view.events().stream()
            .map(e -> e.stored().event())
            .map(e -> e instanceof Corrected c ? c.replacement() : e)
            .anyMatch(e -> e instanceof InjuryRecorded i && i.photosOrNone().contains(sha256));
    if (!named) {
      return Optional.empty();
    }
    var photo =
        jdbc.sql(
                "select media_type, seq, content from custody_injury_photo"
                    + " where record_id = ? and sha256 = ?")
            .params(recordId, sha256)
            .query(
                (rs, i) ->
                    new Photo(
                        rs.getString(1), open(recordId, rs.getInt(2), rs.getBytes(3)), sha256))
            .optional();
    // The bytes must still be those the log committed to.
    var intact = photo.filter(p -> sha256(p.bytes()).equals(sha256));
    intact.ifPresent(
        p ->
            reads.log(
                actor,
                recordId,
                view.visibility() == Visibility.FULL && reason != null && !reason.isBlank()
                    ? Purpose.STATED_REASON
                    : Purpose.DUTY,
                "injury photograph " + sha256.substring(0, 12)));
    return intact;
  }

  /**
   * A photograph's bytes sealed under the record's key, as its events are ({@link RecordPayloads}):
   * a photograph is personal data, and lawful erasure deletes that key, after which nobody, a
   * database administrator included, can see the photograph again, though its row stays.
   */
  private byte[] seal(String recordId, int seq, byte[] bytes) {
    return payloads
        .seal(recordId, seq, Base64.getEncoder().encodeToString(bytes))
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** The bytes of a sealed photograph (of event {@code seq}). */
  private byte[] open(String recordId, int seq, byte[] stored) {
    return Base64.getDecoder()
        .decode(payloads.reader(recordId).open(seq, new String(stored, StandardCharsets.US_ASCII)));
  }

  /** The SHA-256 of the bytes, in lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file name as it may be shown in a message: its last part, plain characters, short. */
  static String shownName(@Nullable String filename) {
    var base = filename == null ? "" : filename.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
    if (base.isEmpty()) {
      base = "photo";
    }
    var bytes = base.getBytes(StandardCharsets.UTF_8);
    return bytes.length > 80 ? base.substring(0, Math.min(base.length(), 60)) : base;
  }
}
