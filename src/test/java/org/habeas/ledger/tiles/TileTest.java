package org.habeas.ledger.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TileTest {

  @Test
  void encodesIndexAsThreeDigitGroupsWithXPrefixes() {
    assertThat(Tile.full(0, 1234067).path()).isEqualTo("tile/0/x001/x234/067");
    assertThat(Tile.full(0, 0).path()).isEqualTo("tile/0/000");
    assertThat(Tile.full(3, 1000).path()).isEqualTo("tile/3/x001/000");
    assertThat(new Tile(1, 5, 17).path()).isEqualTo("tile/1/005.p/17");
  }

  @Test
  void encodesEntryBundlePathsOfLevelZeroTiles() {
    assertThat(new Tile(0, 7, 5).entriesPath()).isEqualTo("tile/entries/007.p/5");
    assertThat(Tile.full(0, 1234067).entriesPath()).isEqualTo("tile/entries/x001/x234/067");
    assertThatThrownBy(() -> Tile.full(1, 0).entriesPath())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void parsesWhatItWrites() {
    for (Tile tile :
        new Tile[] {
          Tile.full(0, 1234067),
          new Tile(63, 0, 1),
          new Tile(2, Long.MAX_VALUE, 255),
          Tile.full(1, 0)
        }) {
      assertThat(Tile.parsePath(tile.path())).isEqualTo(tile);
    }
    assertThat(Tile.parseEntriesPath("tile/entries/x001/x234/067.p/9"))
        .isEqualTo(new Tile(0, 1234067, 9));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tile/0/1234067",
        "tile/0/x001/234067",
        "tile/0/x000/001",
        "tile/00/000",
        "tile/64/000",
        "tile/0/000.p/0",
        "tile/0/000.p/256",
        "tile/0/000.p/017",
        "tile/0/x001/x234/067/",
        "tile/entries/000",
        "tile/0/x009/x223/x372/x036/x854/x775/808",
        "tile/-1/000"
      })
  void rejectsNonCanonicalTilePaths(String path) {
    assertThatThrownBy(() -> Tile.parsePath(path)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decomposesSize70000AsTheSpecDoes() {
    assertThat(Tile.fullTileCount(0, 70_000)).isEqualTo(273);
    assertThat(Tile.fullTileCount(1, 70_000)).isEqualTo(1);
    assertThat(Tile.fullTileCount(2, 70_000)).isZero();
    assertThat(Tile.partialTiles(70_000))
        .containsExactly(new Tile(0, 273, 112), new Tile(1, 1, 17), new Tile(2, 0, 1));
  }

  @Test
  void representsSize256AsFullTileAndOneHashAbove() {
    assertThat(Tile.fullTileCount(0, 256)).isEqualTo(1);
    assertThat(Tile.partialTiles(256)).containsExactly(new Tile(1, 0, 1));
    assertThat(Tile.partialTiles(0)).isEmpty();
  }

  @Test
  void namesTheVersionOfATileThatExistsForATreeSize() {
    assertThat(Tile.forSize(0, 272, 70_000)).isEqualTo(Tile.full(0, 272));
    assertThat(Tile.forSize(0, 273, 70_000)).isEqualTo(new Tile(0, 273, 112));
    assertThatThrownBy(() -> Tile.forSize(0, 274, 70_000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Tile.forSize(3, 0, 70_000))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
