package org.habeas.ledger.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.habeas.IntegrationTest;
import org.habeas.ledger.LedgerFixtures;
import org.habeas.ledger.MerkleLog;
import org.habeas.ledger.store.Integrator;
import org.habeas.ledger.store.PublishedLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public Verify page shows the checkpoint, the key and how to check, to anyone. */
@IntegrationTest
class VerifyPageTests {

  @Autowired MockMvc mvc;
  @Autowired MerkleLog ledger;
  @Autowired Integrator integrator;
  @Autowired PublishedLog published;

  @Test
  void showsTheCheckpointTheKeyAndTheVerifierCommandWithoutSignIn() throws Exception {
    LedgerFixtures.recordWithCellVisits(mvc, 1);
    integrator.integrateNow();
    long size = published.latestCheckpoint().orElseThrow().treeSize();

    mvc.perform(get("/ledger").header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Verify the custody log")))
        .andExpect(content().string(containsString(ledger.verifierKey())))
        .andExpect(content().string(containsString("id=\"tree-size\">" + size + "<")))
        .andExpect(content().string(containsString("./habeas verify --vkey")))
        .andExpect(content().string(containsString("How to check a receipt")));
  }

  @Test
  void speaksRussianAndKazakh() throws Exception {
    mvc.perform(get("/ledger").header("Accept-Language", "ru"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Проверка журнала содержания")));
    mvc.perform(get("/ledger").header("Accept-Language", "kk"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Ұстау журналын тексеру")));
  }
}
