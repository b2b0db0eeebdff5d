/**
 * The conformance resources: one policy per package, narrowed or widened by classes and methods. Every
 * runtime behaviour the suite checks has a resource here; the {@code Route*} classes are the fixture of
 * the differential routing test (each method's policy names the method in {@code exposedHeaders}).
 */
@CrossOrigin(origins = {"https://app.example.com", "http://localhost:8081"}, maxAge = 600)
package org.corsgen.conformance.api;

import org.corsgen.CrossOrigin;
