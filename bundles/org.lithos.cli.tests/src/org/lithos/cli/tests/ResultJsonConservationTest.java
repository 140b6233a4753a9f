package org.lithos.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lithos.cli.internal.RunCommand;
import org.lithos.dsl.tests.Cells;
import org.lithos.solver.api.internal.SolverCatalog;
import org.lithos.solver.cell.CellSolver;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Li conservation checked from outside, as a partner would: {@code lithos run} with the cycling model writes
 * result.json, and the pools it lists (initial inventory and every cycle's) sum to the same total within 1e-9, for a
 * half cell (Li from the counter), a full cell (Li from the cathode and the electrolyte it oxidises), a coated
 * collector (Li held in an alloy) and a Li-free blocking cell (the pellet's Li bound by its decomposition).
 */
class ResultJsonConservationTest {

	private static final List<String> POOLS = List.of("cathode", "counter", "plated", "dead", "sei", "alloy",
			"conversion", "cracks", "electrolyte");

	@Test
	void everyCycleHoldsTheInitialLi() throws IOException {
		Path folder = Files.createTempDirectory("conservation");
		Path file = folder.resolve("c.cell");
		Files.writeString(file, Cells.BASE + """
				cell Coated extends Half {
				    collector Cu 9 um {
				        layer Mg 140 nm
				    }
				}
				cell Full extends Half {
				    format full
				    cathode NMC811 {
				        mix with Li6PS5Cl 70 : 30 by mass
				        areal capacity 1 mAh/cm2
				    }
				}
				protocol FullCycle(n = 5) {
				    repeat n {
				        charge at 0.33C until 4.3 V
				        discharge at 0.33C until 2.8 V
				    }
				}
				cell Blocking extends Half { format blocking }
				protocol Stability { hold at 3 V for 10 h }
				study Halves { run Half, Coated with Cycle(n = 5) }
				study Fulls { run Full with FullCycle }
				study Blockings { run Blocking with Stability }
				""");
		Path out = folder.resolve("out");
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		int code = new RunCommand(() -> Optional.of(new SolverCatalog(List.of(new CellSolver()))), Optional::empty)
				.run(List.of(file.toString(), "--out", out.toString(), "--charts", "none"),
						new PrintStream(text, true, StandardCharsets.UTF_8),
						new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		assertEquals(0, code, text.toString(StandardCharsets.UTF_8));
		List<Path> results;
		try (Stream<Path> all = Files.walk(out)) {
			results = all.filter(p -> p.getFileName().toString().equals("result.json")).toList();
		}
		assertEquals(4, results.size(), results.toString());
		for (Path result : results) {
			JsonObject json = JsonParser.parseString(Files.readString(result)).getAsJsonObject();
			JsonObject initial = json.getAsJsonObject("initialInventory");
			double total = sum(initial);
			assertTrue(total > 0, result + ": an initial Li inventory");
			assertEquals(total, initial.get("total").getAsDouble(), 1e-12 * total, result + ": total of the pools");
			var cycles = json.getAsJsonArray("cycles");
			assertEquals(result.toString().contains("Blocking") ? 1 : 5, cycles.size(), result.toString());
			for (JsonElement cycle : cycles) {
				JsonObject inventory = cycle.getAsJsonObject().getAsJsonObject("inventory");
				assertEquals(total, sum(inventory), 1e-9 * total,
						result + ", cycle " + cycle.getAsJsonObject().get("index") + ": Li conserved");
			}
			JsonObject last = cycles.get(cycles.size() - 1).getAsJsonObject().getAsJsonObject("inventory");
			boolean moved = POOLS.stream().anyMatch(pool -> Math.abs(number(last, pool) - number(initial, pool))
					> 1e-6 * total);
			assertTrue(moved, result + ": Li moved between pools, so the check is not trivially met");
		}
		JsonObject coated = JsonParser.parseString(Files.readString(out.resolve("Halves/Coated/result.json")))
				.getAsJsonObject();
		assertTrue(number(coated.getAsJsonArray("cycles").get(0).getAsJsonObject().getAsJsonObject("inventory"),
				"alloy") > 0, "the Mg layer holds Li: the alloy pool is listed");
		JsonObject full = JsonParser.parseString(Files.readString(out.resolve("Fulls/Full/result.json")))
				.getAsJsonObject().getAsJsonObject("initialInventory");
		assertTrue(number(full, "cathode") > 0 && number(full, "counter") == 0, "a full cell's Li starts in the cathode");
		assertTrue(number(full, "electrolyte") > 0, "and in the electrolyte it can oxidise");
		JsonObject blocking = JsonParser.parseString(Files.readString(out.resolve("Blockings/Blocking/result.json")))
				.getAsJsonObject();
		assertEquals("BLOCKING", blocking.getAsJsonObject("cell").get("format").getAsString());
		assertTrue(number(blocking.getAsJsonArray("cycles").get(0).getAsJsonObject().getAsJsonObject("inventory"),
				"sei") > 0, "3 V is past the LPSCl window: the pellet's Li goes into the interphase");
	}

	private static double sum(JsonObject inventory) {
		return POOLS.stream().mapToDouble(pool -> number(inventory, pool)).sum();
	}

	private static double number(JsonObject inventory, String pool) {
		JsonElement value = inventory.get(pool);
		assertTrue(value != null && !value.isJsonNull(), "pool " + pool + " listed: " + inventory);
		return value.getAsDouble();
	}
}
