package org.habeas.ledger.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.habeas.ledger.MerkleLog;
import org.habeas.ledger.note.Cosignatures;
import org.habeas.ledger.note.NoteSignature;
import org.habeas.ledger.note.SignedNote;
import org.habeas.ledger.note.StrictBase64;
import org.habeas.ledger.store.PublishedLog;
import org.habeas.ledger.witness.Witness;
import org.habeas.ledger.witness.WitnessClient;
import org.habeas.system.PublicAddress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public "Verify" page, {@code /ledger}: the current checkpoint and who cosigned it, the log's
 * public key, and how anyone checks a receipt or runs the verifier. No sign-in.
 */
@Controller
class VerifyPage {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  /** A witness's cosignature as the page lists it. */
  record Cosigned(String witness, String at) {}

  /** A log this instance witnesses, and the size it cosigned last. */
  record Witnessed(String origin, long size) {}

  private final PublishedLog log;
  private final MerkleLog ledger;
  private final WitnessClient witnesses;
  private final Witness witness;
  private final String baseUrl;

  VerifyPage(
      PublishedLog log,
      MerkleLog ledger,
      WitnessClient witnesses,
      Witness witness,
      PublicAddress address) {
    this.log = log;
    this.ledger = ledger;
    this.witnesses = witnesses;
    this.witness = witness;
    this.baseUrl = address.baseUrl();
  }

  @GetMapping("/ledger")
  String verify(Model model) {
    log.latestCheckpoint()
        .ifPresent(
            checkpoint -> {
              model.addAttribute("size", checkpoint.treeSize());
              model.addAttribute("root", StrictBase64.encode(checkpoint.rootHash()));
              model.addAttribute("signedAt", UTC.format(checkpoint.signedAt()));
              model.addAttribute("note", checkpoint.note());
              model.addAttribute("cosigned", cosigned(checkpoint.note()));
            });
    model.addAttribute("origin", ledger.origin());
    model.addAttribute("vkey", ledger.verifierKey());
    model.addAttribute("witnessUrls", witnesses.witnessUrls());
    model.addAttribute("witnessKeys", witnesses.witnessKeys());
    model.addAttribute("cosignerKey", witness.verifierKey().map(Object::toString).orElse(null));
    model.addAttribute(
        "witnessed",
        witness.origins().stream()
            .map(o -> new Witnessed(o, witness.latest(o).map(l -> l.size()).orElse(0L)))
            .toList());
    String base = baseUrl.replaceAll("/+$", "");
    model.addAttribute(
        "command",
        "./habeas verify --vkey '"
            + ledger.verifierKey()
            + "' --trusted trusted.checkpoint --url "
            + base);
    model.addAttribute("receiptPath", "/api/v1/custody-records/{id}/events/{seq}/receipt");
    model.addAttribute("here", "/ledger");
    return "ledger/verify";
  }

  private List<Cosigned> cosigned(String note) {
    String origin = ledger.origin();
    return SignedNote.parse(note).signatures().stream()
        .filter(s -> !s.keyName().equals(origin))
        .map(s -> new Cosigned(s.keyName(), time(s)))
        .toList();
  }

  private static String time(NoteSignature cosignature) {
    try {
      return UTC.format(Cosignatures.timestamp(cosignature));
    } catch (IllegalArgumentException e) {
      return "?";
    }
  }
}
