package org.habeas.complaints;

import java.util.Optional;
import java.util.UUID;
import org.habeas.custody.BodyMap;
import org.habeas.custody.Corrected;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.InjuryRecorded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The body map of the injury a complaint was raised from in custody (issue 15), for its Istanbul
 * Protocol documentation: the physical findings start from it. Read through the custody system
 * read, which carries no identity; the regions and kinds are what the complaint's own text already
 * says, shown to those who may read the complaint's Istanbul side.
 */
@Component
public class CustodyInjuries {

  /**
   * The injury as the complaint's case file shows it.
   *
   * @param seq the injury's event in the custody record
   * @param map its body map
   * @param event the injury as recorded
   */
  public record Injury(int seq, BodyMap map, InjuryRecorded event) {}

  private final JdbcClient jdbc;
  private final CustodyRecords custody;

  CustodyInjuries(JdbcClient jdbc, CustodyRecords custody) {
    this.jdbc = jdbc;
    this.custody = custody;
  }

  /** The injury marked on the body map that raised the complaint, if one did. */
  public Optional<Injury> of(UUID complaintId) {
    var link =
        jdbc.sql(
                "select custody_record_id, custody_seq from complaint where id = ?"
                    + " and custody_record_id is not null and custody_seq is not null")
            .param(complaintId.toString())
            .query((rs, i) -> new Object[] {rs.getString(1), rs.getInt(2)})
            .optional();
    if (link.isEmpty()) {
      return Optional.empty();
    }
    var recordId = (String) link.get()[0];
    int seq = (Integer) link.get()[1];
    return custody.history(recordId).stream()
        .filter(s -> s.seq() == seq)
        .map(s -> s.event() instanceof Corrected c ? c.replacement() : s.event())
        .filter(e -> e instanceof InjuryRecorded i && !i.marksOrNone().isEmpty())
        .map(e -> new Injury(seq, ((InjuryRecorded) e).bodyMap(), (InjuryRecorded) e))
        .findFirst();
  }
}
