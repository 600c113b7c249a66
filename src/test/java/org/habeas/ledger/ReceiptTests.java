package org.habeas.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Base64;
import java.util.List;
import org.habeas.IntegrationTest;
import org.habeas.ledger.store.Integrator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** An event's receipt proves, to anyone with the log's key, that the event is in the log. */
@IntegrationTest
class ReceiptTests {

  private final MerkleLog ledger;
  private final Integrator integrator;
  private final MockMvc mvc;

  @Autowired
  ReceiptTests(MerkleLog ledger, Integrator integrator, MockMvc mvc) {
    this.ledger = ledger;
    this.integrator = integrator;
    this.mvc = mvc;
  }

  @Test
  void receiptVerifiesWithThePureVerifierAndTheLogKey() throws Exception {
    var id = LedgerFixtures.recordWithCellVisits(mvc, 2);
    integrator.integrateNow();

    var body = receipt("officer", id, 2).andExpect(status().isOk()).andReturn();
    var receipt = parse(body.getResponse().getContentAsString());

    assertThat(receipt.verify(ledger.verifierKey())).isTrue();
    assertThat(receipt.leafIndex()).isEqualTo(ledger.leafIndex(id, 2).orElseThrow());
    assertThat(receipt.opening().event().eventType()).isEqualTo("CellVisited");
    assertThat(receipt.tlogProof())
        .startsWith("c2sp.org/tlog-proof@v1\nextra ")
        .contains("\nindex " + receipt.leafIndex() + "\n")
        .endsWith(receipt.checkpoint());
  }

  @Test
  void tamperedReceiptDoesNotVerify() throws Exception {
    var id = LedgerFixtures.recordWithCellVisits(mvc, 1);
    integrator.integrateNow();
    var receipt = ledger.receipt(id, 2).orElseThrow();
    var other = ledger.receipt(id, 1).orElseThrow();

    var wrongOpening =
        new EventReceipt(
            id,
            2,
            receipt.leafIndex(),
            receipt.leaf(),
            other.eventKey(),
            other.canonicalEvent(),
            receipt.inclusionPath(),
            receipt.checkpoint());
    var wrongIndex =
        new EventReceipt(
            id,
            2,
            receipt.leafIndex() + 1,
            receipt.leaf(),
            receipt.eventKey(),
            receipt.canonicalEvent(),
            receipt.inclusionPath(),
            receipt.checkpoint());

    assertThat(receipt.verify(ledger.verifierKey())).isTrue();
    assertThat(wrongOpening.verify(ledger.verifierKey())).isFalse();
    assertThat(wrongIndex.verify(ledger.verifierKey())).isFalse();
    assertThat(receipt.verify("someone.else/log+00000000+AQ==")).isFalse();
  }

  @Test
  void onlyThoseWhoMaySeeTheEventGetItsReceipt() throws Exception {
    var id = LedgerFixtures.recordWithCellVisits(mvc, 1);
    integrator.integrateNow();

    receipt("monitor", id, 1).andExpect(status().isForbidden());
    mvc.perform(request("monitor", id, 1).header("X-Habeas-Reason", "visit to the facility today"))
        .andExpect(status().isOk());
    receipt("lawyer", id, 1).andExpect(status().isNotFound());
    receipt("officer", id, 9).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/custody-records/" + id + "/events/1/receipt"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void eventNotYetLoggedHasNoReceiptYet() throws Exception {
    var id = LedgerFixtures.recordWithCellVisits(mvc, 0);

    // The background integrator may be quick; either the receipt is not there yet, or it verifies.
    var response = receipt("officer", id, 1).andReturn().getResponse();
    if (response.getStatus() == 200) {
      assertThat(parse(response.getContentAsString()).verify(ledger.verifierKey())).isTrue();
    } else {
      assertThat(response.getStatus()).isEqualTo(404);
      assertThat(response.getContentAsString()).contains("ledger.receiptPending");
    }
  }

  private ResultActions receipt(String user, String id, int seq) throws Exception {
    return mvc.perform(request(user, id, seq));
  }

  private static MockHttpServletRequestBuilder request(String user, String id, int seq) {
    return get("/api/v1/custody-records/" + id + "/events/" + seq + "/receipt")
        .with(httpBasic(user, "habeas-demo"))
        .header("Accept-Language", "en");
  }

  private static EventReceipt parse(String body) {
    List<String> path = JsonPath.read(body, "$.inclusionPath");
    Number index = JsonPath.read(body, "$.leafIndex");
    return new EventReceipt(
        JsonPath.read(body, "$.recordId"),
        JsonPath.read(body, "$.seq"),
        index.longValue(),
        base64(JsonPath.read(body, "$.leaf")),
        base64(JsonPath.read(body, "$.opening.eventKey")),
        base64(JsonPath.read(body, "$.opening.canonicalEvent")),
        path.stream().map(ReceiptTests::base64).toList(),
        JsonPath.read(body, "$.checkpoint"));
  }

  private static byte[] base64(String text) {
    return Base64.getDecoder().decode(text);
  }
}
