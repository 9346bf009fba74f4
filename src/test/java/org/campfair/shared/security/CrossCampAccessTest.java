package org.campfair.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campfair.CampfairIntegrationTest;
import org.campfair.calendar.FeedKind;
import org.campfair.calendar.FeedSubject;
import org.campfair.calendar.FeedTokenService;
import org.campfair.camp.Camp;
import org.campfair.camp.CampService;
import org.campfair.housing.HousingService;
import org.campfair.importing.CampFiles;
import org.campfair.importing.CampImportService;
import org.campfair.participant.ParticipantService;
import org.campfair.task.HostTaskService;
import org.campfair.task.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every public method of every service, and every API endpoint under /api/camps/{campId},
 * called by people who have nothing to do with the camp: an organizer of another camp, a host
 * of another village and a participant of another camp. Each must be refused. The methods
 * (of every public service and component outside internal/ and ui/) and the endpoints are
 * found by reflection, so a new one without a check fails here; a method that reads no
 * camp's data must be named in {@link #NOT_CAMP_DATA} with the reason.
 */
@CampfairIntegrationTest
class CrossCampAccessTest {

    /** Public service methods that read or change no particular camp's data, and why. */
    static final Map<String, String> NOT_CAMP_DATA = Map.ofEntries(
            Map.entry("AccountService.loadUserByUsername", "sign-in itself"),
            Map.entry("AccountService.exists", "whether a username is taken, for the join form"),
            Map.entry("AccountService.create", "makes an account; invitations and start-up call it"),
            Map.entry("AccountService.createStaffOrganizer", "start-up and the command line"),
            Map.entry("AccountService.hasPassword", "checks a password of a named account"),
            Map.entry("AccountService.participantOf", "the signed-in account's own link"),
            Map.entry("AccountService.signedInParticipant", "the signed-in account's own link"),
            Map.entry("AccountService.villageOf", "the signed-in account's own link"),
            Map.entry("AccountService.languageOf", "the signed-in account's own language"),
            Map.entry("AccountService.changeLanguage", "the signed-in account's own language"),
            Map.entry("InvitationService.open", "the link's secret token is the right to open it"),
            Map.entry("InvitationService.accept", "the link's secret token is the right to use it"),
            Map.entry("FeedTokenService.participantOf", "the feed's secret token is the right to read it"),
            Map.entry("TodayService.camps", "the signed-in person's own camps (or their village's), to choose a board"),
            Map.entry("FeedTokenService.subjectOf", "the feed's secret token is the right to read it"),
            Map.entry("CampService.listMine", "only the caller's own camps (checked below)"),
            Map.entry("CampService.create", "any organizer may start a camp of their own"),
            Map.entry("CampImportService.preview", "reads the uploaded files only and saves nothing"),
            Map.entry("CampImportService.importCamp", "makes a new camp of the caller's own (checked below)"),
            Map.entry("HostTaskService.village", "the signed-in host's own village"),
            Map.entry("HostTaskService.camps", "the camps of the signed-in host's own village (checked below)"),
            Map.entry("HostTaskService.publishedCamps", "the published camps of the signed-in host's own village"),
            Map.entry("HostTaskService.sites", "the signed-in host's own village's sites"),
            Map.entry("RosterService.run", "the solve queue's worker, on the app's own thread"),
            Map.entry("RosterService.poll", "the solve queue's worker, on the app's own thread"),
            Map.entry("InviteSender.sendDue", "the mail job, on the app's own thread"),
            Map.entry("StartupSeeding.inTurn", "start-up"),
            Map.entry("AccountService.anyOrganizer", "whether the installation has an organizer at all"),
            Map.entry("AccountService.checkNewAccount", "the rules for a new username and password"),
            Map.entry("AccountService.changeOwnPassword", "the signed-in account's own password"),
            Map.entry("ApiTokenService.mine", "the signed-in account's own tokens"),
            Map.entry("ApiTokenService.create", "a token for the signed-in account itself"),
            Map.entry("ApiTokenService.revoke", "only the signed-in account's own tokens (others are not found)"),
            Map.entry("BackupService.signedInMayBackUp", "whether the caller is staff"),
            Map.entry("BackupService.keep", "a setting"),
            Map.entry("BackupService.folder", "a setting"),
            Map.entry("CheckInService.markableOn", "only the shifts the signed-in person may mark"),
            Map.entry("CheckInService.checkInWithCode", "the shift's secret code and a seat of one's own are the right"),
            Map.entry("FirstOrganizerSetup.issue", "start-up of a new installation; closed once an organizer exists"),
            Map.entry("FirstOrganizerSetup.open", "the set-up link's secret token is the right to open it"),
            Map.entry("FirstOrganizerSetup.complete", "the set-up link's secret token is the right to use it"),
            Map.entry("SignInThrottle.waitBefore", "sign-in itself"),
            Map.entry("SignInThrottle.failed", "sign-in itself"),
            Map.entry("SignInThrottle.succeeded", "sign-in itself"),
            Map.entry("Translations.getProvidedLocales", "texts of the app"),
            Map.entry("Translations.getTranslation", "texts of the app"),
            Map.entry("StaffOrganizers.signedInIsStaff", "whether the caller is staff"),
            Map.entry("SignedInSessions.sessionCreated", "the servlet container's own notice"),
            Map.entry("SignedInSessions.sessionDestroyed", "the servlet container's own notice"),
            Map.entry("OwnAccount.sessions", "the signed-in account's own sessions"),
            Map.entry("OwnAccount.signOut", "only the signed-in account's own sessions (others are not found)"),
            Map.entry("OwnAccount.signOutOthers", "the signed-in account's own sessions"),
            Map.entry("OwnAccount.export", "the signed-in account's own data"),
            Map.entry("OwnAccount.delete", "the signed-in account itself, after its password"));

    /** The host service answers "not found" for what is not the host's, by design. */
    static final Set<String> NOT_FOUND_IS_A_REFUSAL = Set.of("HostTaskService");

    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    AccountService accounts;
    @Autowired
    InvitationService invitations;
    @Autowired
    CampImportService importer;
    @Autowired
    CampService camps;
    @Autowired
    TaskService tasks;
    @Autowired
    HousingService housing;
    @Autowired
    ParticipantService participants;
    @Autowired
    HostTaskService hostTasks;
    @Autowired
    FeedTokenService feedTokens;
    @LocalServerPort
    int port;

    private static final String PASSWORD = "a-good-long-password";

    /** Camp A, whose data everyone below reaches for, and the strangers' own camp B. */
    private long campA;
    private long campB;
    private Ids a;
    private String strangerOrganizer;
    private String strangerHost;
    private String strangerParticipant;

    /** Real ids of camp A's records, for arguments. */
    private record Ids(long campId, long participantId, long villageId, long siteId, long taskId, long shiftId,
            long houseId, long roomId, long bedId) {
    }

    @BeforeEach
    void twoCampsOfTwoOrganizers() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        strangerOrganizer = "stranger-organizer-" + suffix;
        strangerHost = "stranger-host-" + suffix;
        strangerParticipant = "stranger-participant-" + suffix;
        campA = importer.importCamp(CampFiles.classpath("sample-data"));
        accounts.create(strangerOrganizer, PASSWORD, Role.ORGANIZER, null, null);
        // The stranger imports the same files: the same village name, "Yuzuhara", in their camp.
        campB = SignIn.as(strangerOrganizer, Role.ORGANIZER,
                () -> importer.importCamp(CampFiles.classpath("sample-data")));
        long villageB = SignIn.as(strangerOrganizer, Role.ORGANIZER, () -> invitations.villagesOf(campB))
                .getFirst().id();
        String hostLink = SignIn.as(strangerOrganizer, Role.ORGANIZER, () -> invitations.inviteHost(campB, villageB));
        invitations.accept(hostLink, strangerHost, PASSWORD);
        long participantB = SignIn.as(strangerOrganizer, Role.ORGANIZER, () -> participants.listByCamp(campB))
                .getFirst().id();
        String participantLink = SignIn.as(strangerOrganizer, Role.ORGANIZER,
                () -> invitations.inviteParticipant(campB, participantB));
        invitations.accept(participantLink, strangerParticipant, PASSWORD);

        a = SignIn.asTheApp(() -> new Ids(campA, participants.listByCamp(campA).getFirst().id(),
                tasks.villages(campA).getFirst().id(), tasks.sites(campA).getFirst().id(),
                tasks.tasks(campA).getFirst().id(), tasks.shifts(campA).getFirst().id(),
                housing.houses(campA).getFirst().id(), housing.rooms(campA).getFirst().id(),
                housing.beds(campA).getFirst().id()));
    }

    @Test
    void anImportNeverAttachesToAnotherOrganizersVillageOfTheSameName() {
        long villageB = SignIn.asTheApp(() -> tasks.villages(campB)).getFirst().id();
        assertThat(villageB).isNotEqualTo(a.villageId());
        assertThat(SignIn.asTheApp(() -> tasks.villages(campB)).getFirst().name()).isEqualTo("Yuzuhara");

        // The stranger's host sees the stranger's camp only, and its own feeds.
        assertThat(SignIn.as(strangerHost, Role.HOST, () -> hostTasks.camps())).extracting(Camp::id)
                .containsExactly(campB);
        assertThat(SignIn.as(strangerOrganizer, Role.ORGANIZER, () -> camps.listMine())).extracting(Camp::id)
                .containsExactly(campB);
        // Adding a village by the name of another organizer's makes a new one, too.
        var added = SignIn.as(strangerOrganizer, Role.ORGANIZER, () -> {
            long empty = camps.create(new org.campfair.camp.CampDraft("Empty " + campB, LocalDate.of(2027, 11, 1),
                    LocalDate.of(2027, 11, 5), ZoneId.of("Asia/Tokyo"), "ja")).id();
            return tasks.saveVillage(empty, new org.campfair.task.HostVillage(0, "Yuzuhara", 0));
        });
        assertThat(added.id()).isNotEqualTo(a.villageId()).isEqualTo(villageB);

        // The stranger's host can neither read nor re-issue the real host's feed of camp A.
        String realFeed = SignIn.asTheApp(() -> feedTokens.tokenFor(FeedSubject.village(campA, a.villageId())));
        assertThatThrownBy(() -> SignIn.as(strangerHost, Role.HOST,
                () -> feedTokens.reissue(FeedSubject.village(campA, a.villageId()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignIn.as(strangerHost, Role.HOST,
                () -> feedTokens.tokenFor(FeedSubject.village(campA, villageB))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(feedTokens.subjectOf(realFeed)).contains(FeedSubject.village(campA, a.villageId()));
        // Nor can the stranger invite a host for camp A's village through their own camp.
        assertThatThrownBy(() -> SignIn.as(strangerOrganizer, Role.ORGANIZER,
                () -> invitations.inviteHost(campB, a.villageId()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAuthenticationNotYetAuthenticatedIsNotTakenForTheApp() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.unauthenticated(strangerOrganizer, PASSWORD));
        SecurityContextHolder.setContext(context);
        try {
            assertThatThrownBy(() -> camps.get(campA)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tasks.tasks(campA)).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void everyServiceMethodRefusesStrangers() throws Exception {
        var unchecked = new ArrayList<String>();
        int called = 0;
        for (var bean : serviceBeans()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            for (Method method : publicMethods(type)) {
                String name = type.getSimpleName() + "." + method.getName();
                if (NOT_CAMP_DATA.containsKey(name)) {
                    continue;
                }
                for (var stranger : List.of(new Stranger(strangerOrganizer, Role.ORGANIZER),
                        new Stranger(strangerHost, Role.HOST), new Stranger(strangerParticipant, Role.PARTICIPANT))) {
                    Object[] args = arguments(method);
                    Throwable thrown = SignIn.as(stranger.username(), stranger.role(), () -> call(bean, method, args));
                    called++;
                    boolean refused = thrown instanceof AccessDeniedException
                            || (NOT_FOUND_IS_A_REFUSAL.contains(type.getSimpleName())
                                    && thrown instanceof org.campfair.shared.NotFoundException);
                    if (!refused) {
                        unchecked.add(name + Arrays.toString(method.getParameterTypes()) + " as " + stranger.role()
                                + ": " + (thrown == null ? "answered" : thrown.toString()));
                    }
                }
            }
        }
        System.out.println("Called " + called + " service methods as strangers");
        assertThat(called).as("service methods called").isGreaterThan(200);
        assertThat(unchecked).as("service methods that let a stranger in").isEmpty();
    }

    @Test
    void everyCampEndpointRefusesStrangers() throws Exception {
        var http = new Http(port);
        var letIn = new ArrayList<String>();
        int called = 0;
        for (var info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/camps/{campId}")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                for (RequestMethod verb : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String path = fill(pattern);
                    for (String user : List.of(strangerOrganizer, strangerHost, strangerParticipant)) {
                        var request = http.request(path, user + ":" + PASSWORD)
                                .header("Content-Type", "application/json")
                                .method(verb.name(), java.net.http.HttpRequest.BodyPublishers.ofString("{}"));
                        int status = http.send(request.build()).statusCode();
                        called++;
                        if (status != 403) {
                            letIn.add(verb + " " + path + " as " + user + ": " + status);
                        }
                    }
                }
            }
        }
        System.out.println("Called " + called + " camp endpoints as strangers");
        assertThat(called).as("endpoints called").isGreaterThan(60);
        assertThat(letIn).as("endpoints that did not refuse a stranger").isEmpty();

        String list = http.get("/api/camps", strangerOrganizer + ":" + PASSWORD).body();
        assertThat(list).contains("\"id\":" + campB).doesNotContain("\"id\":" + campA + ",");
    }

    private record Stranger(String username, Role role) {
    }

    /**
     * The public services and components a feature offers others (not its internal/ or ui/
     * parts), apart from CampAccess, which is the check itself.
     */
    /** Test fixtures that are components (e.g. HandMadeRosters) are the tests' own tools, not the app's services. */
    private static boolean isTestFixture(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().getPath().contains("test-classes");
    }

    private List<Object> serviceBeans() {
        return context.getBeansWithAnnotation(Component.class).values().stream()
                .filter(bean -> {
                    Class<?> type = AopUtils.getTargetClass(bean);
                    String where = type.getPackageName();
                    return (type.isAnnotationPresent(Service.class) || type.isAnnotationPresent(Component.class))
                            && Modifier.isPublic(type.getModifiers()) && where.startsWith("org.campfair")
                            && !where.contains(".internal") && !where.endsWith(".ui") && type != CampAccess.class
                            && !isTestFixture(type);
                })
                .sorted(Comparator.comparing(bean -> AopUtils.getTargetClass(bean).getName()))
                .toList();
    }

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                        && !m.isSynthetic() && !m.isBridge())
                .sorted(Comparator.comparing(Method::toString))
                .toList();
    }

    private static Throwable call(Object bean, Method method, Object[] args) {
        try {
            method.invoke(bean, args);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Arguments naming camp A's records, made from the parameters' names and types. */
    private Object[] arguments(Method method) {
        Parameter[] parameters = method.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            args[i] = value(parameters[i].getName(), parameters[i].getType(), parameters[i].getParameterizedType());
        }
        return args;
    }

    private Object value(String name, Class<?> type, Type generic) {
        if (type == long.class || type == Long.class) {
            return idNamed(name);
        }
        if (type == int.class || type == Integer.class) {
            return name.equals("limit") ? 10 : 0;
        }
        if (type == double.class || type == Double.class) {
            return 34.0;
        }
        if (type == java.time.Instant.class) {
            return java.time.Instant.parse("2027-11-03T00:00:00Z");
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == String.class) {
            return "Yuzuhara";
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2027, 11, 3);
        }
        if (type == java.time.LocalDateTime.class) {
            return LocalDate.of(2027, 11, 3).atTime(9, 0);
        }
        if (type == LocalTime.class) {
            return LocalTime.of(9, 0);
        }
        if (type == Locale.class) {
            return Locale.ENGLISH;
        }
        if (type == Duration.class) {
            return Duration.ofSeconds(1);
        }
        if (type == ZoneId.class) {
            return ZoneId.of("Asia/Tokyo");
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == Consumer.class) {
            return (Consumer<Object>) ignored -> { };
        }
        if (type == OutputStream.class) {
            return new ByteArrayOutputStream();
        }
        if (type == FeedSubject.class) {
            return new FeedSubject(FeedKind.CAMP, campA, campA);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            return record(type);
        }
        throw new IllegalStateException("no test value for a parameter " + name + " of type " + generic
                + ": teach CrossCampAccessTest.value one");
    }

    /** A record of camp A: its id components name camp A's rows, the rest harmless values. */
    private Object record(Class<?> type) {
        var components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            if (name.equals("id")) {
                name = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1) + "Id";
            }
            values[i] = value(name, components[i].getType(), components[i].getGenericType());
        }
        try {
            var constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(c -> c.getType()).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName() + " for the test", e);
        }
    }

    private long idNamed(String name) {
        return switch (name) {
            case "campId", "templateCampId", "campId0", "campCampId" -> a.campId();
            case "participantId" -> a.participantId();
            case "villageId", "hostVillageId" -> a.villageId();
            case "siteId" -> a.siteId();
            case "taskId" -> a.taskId();
            case "shiftId" -> a.shiftId();
            case "houseId" -> a.houseId();
            case "roomId" -> a.roomId();
            case "bedId" -> a.bedId();
            case "subjectId" -> a.campId();
            default -> 1;
        };
    }

    private String fill(String pattern) {
        Matcher variables = Pattern.compile("\\{(\\w+)}").matcher(pattern);
        var path = new StringBuilder();
        while (variables.find()) {
            String value = switch (variables.group(1)) {
                case "kind" -> "camp";
                case "id" -> Long.toString(a.campId());
                case "seat" -> "0";
                default -> Long.toString(idNamed(variables.group(1)));
            };
            variables.appendReplacement(path, value);
        }
        variables.appendTail(path);
        return path.toString();
    }
}
