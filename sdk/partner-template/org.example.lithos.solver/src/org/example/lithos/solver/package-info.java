/**
 * The example lab's solver: a fixed-efficiency Li inventory model of a half cell, the smallest complete
 * {@link org.lithos.solver.api.Solver}. Replace the physics, keep the shape: an id studies name, capabilities,
 * a suitability, and a result whose Li inventory adds up.
 */
package org.example.lithos.solver;
