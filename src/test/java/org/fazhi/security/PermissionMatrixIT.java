package org.fazhi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fazhi.security.Endpoints.Endpoint;
import org.fazhi.security.Probes.Probe;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The permission matrix (等保 access control, GB/T 22239-2019 8.1.4.2): every page and API mapping of the
 * application — enumerated from Spring MVC's handler mapping, checked against the OpenAPI description so that no
 * published operation is missed — is called as every role that is not the office, with every path variable, filter,
 * form field and JSON field pointing at another unit's data ({@link ForeignData}). No answer may be a server error,
 * none may show the other unit's text to someone who may not read it (the unit users of 船山区 and the three
 * administrators; the office and city leaders read every unit), and no request naming the other unit's data may
 * change any row. The office is called too, with reads only, for server errors.
 *
 * <p>Left out on purpose: the administrators' writes under {@code /admin/} (creating, renaming or merging units,
 * accounts, roles and calendars is their duty and {@code RoleSeparationIT} covers who may do which); writes that name
 * nothing of the other unit (a user's own sign-all, read-all, preferences — the modules' own tests cover them).
 */
@IntegrationTest
class PermissionMatrixIT {

    private static final List<String> ACTORS = List.of("liaison", "leader", "cityleader", "admin", "secadmin",
            "auditor", "coordinator");
    private static final Set<String> READ_EVERY_UNIT = Set.of("coordinator", "cityleader");
    private static final Set<String> ADMINISTRATORS = Set.of("admin", "secadmin", "auditor");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    ForeignData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private final List<String> violations = new ArrayList<>();
    private final Map<String, Integer> calls = new TreeMap<>();
    /** Content types in which the office found the marker: proof that the search reads every kind of answer. */
    private final Set<String> markerSeenIn = new java.util.TreeSet<>();

    @Test
    void noRoleSeesOrChangesAnotherUnitsDataThroughAnyPageOrApi() throws Exception {
        data.build();
        List<Endpoint> endpoints = Endpoints.of(mapping);
        String docs = mvc.perform(get("/v3/api-docs").with(data.as("coordinator"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Endpoints.uncovered(JsonMapper.builder().build().readTree(docs), endpoints))
                .as("OpenAPI operations the matrix would not call").isEmpty();
        WriteLog log = new WriteLog(jdbc);
        log.install();
        int probes = 0;
        try {
            long before = log.position();
            mvc.perform(request(HttpMethod.POST, "/api/supervision/urges").with(data.as("coordinator")).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"assignmentIds\":[" + data.id("assignments") + "],\"message\":\"matrix\"}"));
            assertThat(log.since(before)).as("the write log sees a write through the application")
                    .contains("supervision_urge");
            for (Endpoint endpoint : endpoints) {
                for (Probe probe : Probes.of(endpoint, data)) {
                    probes++;
                    for (String actor : ACTORS) {
                        call(probe, actor, log);
                    }
                }
            }
        } finally {
            log.remove();
        }
        System.out.printf("permission matrix: %d mappings, %d probes, calls per role %s, %d violations, "
                + "the office saw the marker in %s%n", endpoints.size(), probes, calls, violations.size(), markerSeenIn);
        assertThat(endpoints).hasSizeGreaterThan(150);
        assertThat(markerSeenIn).as("kinds of answers in which the office's calls showed B's text")
                .anyMatch(t -> t.startsWith("text/html")).anyMatch(t -> t.startsWith("application/json"))
                .anyMatch(t -> t.startsWith("text/csv")).anyMatch(t -> t.contains("spreadsheetml"))
                .anyMatch(t -> t.contains("wordprocessingml"));
        assertThat(violations).as("requests that leaked or changed another unit's data").isEmpty();
    }

    /** The batch report form read the request as multipart without saying so: a plain form post was a 500. */
    @Test
    void aPlainFormPostToAnUploadFormIsRefusedNotAServerError() throws Exception {
        int status = mvc.perform(request(HttpMethod.POST, "/progress/units/" + data.unit(ForeignData.UNIT_A) + "/report")
                        .with(data.as("liaison")).with(csrf()).param("action", "submit")).andReturn().getResponse()
                .getStatus();
        assertThat(status).isEqualTo(415);
    }

    private void call(Probe probe, String actor, WriteLog log) throws Exception {
        Endpoint endpoint = probe.endpoint();
        if (endpoint.writes() && (actor.equals("coordinator")
                || ADMINISTRATORS.contains(actor) && endpoint.pattern().startsWith("/admin/"))) {
            return;
        }
        Arguments.Filled args = probe.withParameters()
                ? Arguments.fill(endpoint.handler(), data, probe.noun(), probe.pathId(), probe.ownUnit())
                : new Arguments.Filled(Map.of(), Map.of(), null, List.of(), false);
        boolean foreign = probe.foreign() || args.foreign();
        if (endpoint.writes() && !foreign) {
            return;
        }
        AbstractMockHttpServletRequestBuilder<?> request = build(probe, args);
        calls.merge(actor, 1, Integer::sum);
        long before = log.position();
        String label = actor + " " + endpoint.method() + " " + probe.uri() + (args.params().isEmpty() ? ""
                : " " + args.params()) + (args.body() == null ? "" : " body " + args.body());
        MvcResult result;
        try {
            result = mvc.perform(request.with(data.as(actor)).with(csrf())).andReturn();
            if (result.getRequest().isAsyncStarted()) {
                result = mvc.perform(asyncDispatch(result)).andReturn();
            }
        } catch (Exception e) {
            violations.add(label + " → exception " + e);
            return;
        }
        int status = result.getResponse().getStatus();
        if (status >= 500) {
            violations.add(label + " → " + status);
        }
        boolean shows = ResponseText.of(result.getResponse()).contains(data.marker);
        if (shows && actor.equals("coordinator")) {
            markerSeenIn.add(String.valueOf(result.getResponse().getContentType()));
        } else if (shows && !READ_EVERY_UNIT.contains(actor)) {
            violations.add(label + " → " + status + " shows the other unit's text");
        }
        if (foreign && !actor.equals("coordinator")) {
            List<String> written = log.since(before);
            if (!written.isEmpty()) {
                violations.add(label + " → " + status + " changed " + written);
            }
        }
    }

    private AbstractMockHttpServletRequestBuilder<?> build(Probe probe, Arguments.Filled args) throws Exception {
        Endpoint endpoint = probe.endpoint();
        HttpMethod method = HttpMethod.valueOf(endpoint.method().name());
        AbstractMockHttpServletRequestBuilder<?> request;
        if (endpoint.multipart() || !args.files().isEmpty()) {
            var upload = multipart(method, probe.uri());
            args.files().forEach(name -> upload.file(new MockMultipartFile(name, "matrix.pdf", "application/pdf", PDF)));
            request = upload;
        } else {
            request = request(method, probe.uri());
        }
        args.params().forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        args.headers().forEach(request::header);
        if (args.body() != null) {
            if (endpoint.text()) {
                request.contentType(MediaType.TEXT_PLAIN).content("matrix");
            } else {
                request.contentType(MediaType.APPLICATION_JSON)
                        .content(JsonMapper.builder().build().writeValueAsString(args.body()));
            }
        }
        return request;
    }
}
