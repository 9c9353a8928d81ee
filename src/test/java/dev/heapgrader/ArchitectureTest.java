package dev.heapgrader;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import dev.heapgrader.engine.interp.ProgramRunner;
import dev.heapgrader.engine.object.PyObject;
import dev.heapgrader.engine.object.PyType;
import dev.heapgrader.engine.protocol.Arithmetic;
import dev.heapgrader.engine.protocol.Compare;
import dev.heapgrader.engine.protocol.Iteration;
import dev.heapgrader.engine.protocol.ObjectProtocol;
import dev.heapgrader.engine.protocol.Subscripts;
import dev.heapgrader.engine.types.BuiltinSlots;
import dev.heapgrader.engine.types.TypeSlots;
import dev.heapgrader.engine.version.PythonVersion;

import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package rules that keep HeapGrader's layers honest: the engine is a plain Java library (only the JDK and
 * itself), and the command line never reaches Spring, JPA or servlets and uses only the packages that the
 * executable jar carries at its root, so {@code heapgrader run} stays fast and works from the jar.
 */
@AnalyzeClasses(packages = "dev.heapgrader", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The engine's rooms behind {@code Engine}: nothing outside them may reach in, except for ProgramRunner. */
    private static final String[] ENGINE_INTERNALS = {"dev.heapgrader.engine.compile..",
        "dev.heapgrader.engine.interp..", "dev.heapgrader.engine.protocol..", "dev.heapgrader.engine.types..",
        "dev.heapgrader.engine.modules..", "dev.heapgrader.engine.memory..", "dev.heapgrader.engine.errors..",
        "dev.heapgrader.engine.object..", "dev.heapgrader.engine.heap.."};

    @ArchTest
    static final ArchRule syntaxNeverDependsOnTheInterpreter = noClasses()
            .that().resideInAPackage("dev.heapgrader.engine.syntax..")
            .should().dependOnClassesThat().resideInAnyPackage(ENGINE_INTERNALS)
            .because("the front end (tokens, parser, AST, scopes) is usable on its own, as grading's checks use it");

    @ArchTest
    static final ArchRule versionChecksLiveInTheVersionProfile = noClasses()
            .that().resideOutsideOfPackage("dev.heapgrader.engine.version..")
            .should().accessField(PythonVersion.class, "V3_11")
            .orShould().accessField(PythonVersion.class, "V3_12")
            .orShould().accessField(PythonVersion.class, "V3_13")
            .orShould().callMethod(PythonVersion.class, "atLeast", PythonVersion.class)
            .because("every version difference is a named behaviour of PythonVersion or ParserRules");

    @ArchTest
    static final ArchRule onlyProgramRunnerIsUsedFromOutsideTheEngineRooms = noClasses()
            .that().resideOutsideOfPackages(ENGINE_INTERNALS)
            .should().dependOnClassesThat(resideInAnyPackage(ENGINE_INTERNALS)
                    .and(not(belongToAnyOf(ProgramRunner.class))))
            .because("Engine, grading and the service see the interpreter through ProgramRunner, RunResult and "
                    + "the trace, so the engine's rooms can change without touching them");

    @ArchTest
    static final ArchRule engineIsAPlainLibrary = classes()
            .that().resideInAPackage("dev.heapgrader.engine..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.heapgrader.engine..")
            .because("the engine must stay a plain library: no Spring, JPA, jakarta, servlet, picocli or "
                    + "application package");

    @ArchTest
    static final ArchRule commandLineNeverReachesSpring = noClasses()
            .that().resideInAPackage("dev.heapgrader.cli..")
            .or().haveFullyQualifiedName(HeapGrader.class.getName())
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                    "org.hibernate..", "org.flywaydb..")
            .because("'heapgrader run' and 'grade' must start without Spring (see RunWithoutSpringTest)");

    @ArchTest
    static final ArchRule commandLineUsesOnlyTheJarRoot = classes()
            .that().resideInAPackage("dev.heapgrader.cli..")
            .or().haveFullyQualifiedName(HeapGrader.class.getName())
            .should().onlyDependOnClassesThat(
                    resideInAnyPackage("java..", "picocli..", "dev.heapgrader.cli..", "dev.heapgrader.engine..",
                            "dev.heapgrader.grading..")
                            .or(equivalentTo(HeapGrader.class))
                            .or(equivalentTo(HeapGraderApplication.class)))
            .because("the executable jar's root holds only these for the fast CLI (pom.xml, execution "
                    + "cli-launcher): add a package to that list before the CLI uses it, and keep it free of Spring");

    @ArchTest
    static final ArchRule gradingUsesOnlyTheJarRoot = classes()
            .that().resideInAPackage("dev.heapgrader.grading..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.xml..", "org.w3c.dom..",
                    "dev.heapgrader.engine..", "dev.heapgrader.grading..", "tools.jackson..",
                    "com.fasterxml.jackson.annotation..")
            .because("the CLI grades from the jar root, which carries the JDK, the engine, grading and Jackson's "
                    + "three jars (pom.xml, executions unpack-jackson-* and cli-launcher)");

    @ArchTest
    static final ArchRule onlyTheMainClassStartsTheService = noClasses()
            .that().resideInAPackage("dev.heapgrader.cli..")
            .should().dependOnClassesThat().haveFullyQualifiedName(HeapGraderApplication.class.getName())
            .because("the CLI reaches the service only through the starter the main class hands in");

    @ArchTest
    static final ArchRule richComparisonHoldsNoTypesRule = noClasses()
            .that().belongToAnyOf(Compare.class)
            .should().dependOnClassesThat(resideInAnyPackage("dev.heapgrader.engine.object..",
                    "dev.heapgrader.engine.types..")
                    .and(not(belongToAnyOf(PyObject.class, PyType.class, BuiltinSlots.class, TypeSlots.class))))
            .because("do_richcompare only orders the operands; each type's comparison is its slot in "
                    + "engine.types, found through BuiltinSlots");

    @ArchTest
    static final ArchRule subscriptsHoldNoTypesRule = noClasses()
            .that().belongToAnyOf(Subscripts.class)
            .should().dependOnClassesThat(resideInAnyPackage("dev.heapgrader.engine.object..",
                    "dev.heapgrader.engine.types..")
                    .and(not(belongToAnyOf(PyObject.class, PyType.class, BuiltinSlots.class, TypeSlots.class))))
            .because("PyObject_GetItem and PyObject_SetItem only fall back to the special methods; each type's "
                    + "indexing is its mp_subscript and mp_ass_subscript slot in engine.types");

    @ArchTest
    static final ArchRule containerProtocolHoldsNoTypesRule = methods()
            .that().areDeclaredInClassesThat().belongToAnyOf(ObjectProtocol.class, Iteration.class)
            .and().haveNameMatching("truthy|len|hasNoLength|contains|containsByIteration|iter|notIterable")
            .should(testNoObjectClassButThroughItsSlots())
            .because("PyObject_IsTrue, PyObject_Size, PySequence_Contains and PyObject_GetIter apply their rule "
                    + "around the type's nb_bool, sq_length, sq_contains and tp_iter, found through BuiltinSlots");

    @ArchTest
    static final ArchRule operatorsHoldNoTypesRule = methods()
            .that().areDeclaredInClassesThat().belongToAnyOf(Arithmetic.class)
            .and().haveNameMatching("builtin|inPlace|unary")
            .should(testNoObjectClassButThroughItsSlots())
            .because("binary_op1, binary_iop1 and PyNumber_Negative only order the operands' number slots; each "
                    + "type's arithmetic is its slots unit in engine.types");

    /** Neither an instanceof test nor a call or field access on an object or type class but the slot table. */
    private static ArchCondition<JavaMethod> testNoObjectClassButThroughItsSlots() {
        return new ArchCondition<>("use no object or type class but PyObject, PyType, BuiltinSlots and TypeSlots") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Stream.concat(method.getInstanceofChecks().stream().map(c -> c.getRawType()),
                                method.getAccessesFromSelf().stream().map(a -> a.getTargetOwner()))
                        .filter(ArchitectureTest::isTypeSpecific)
                        .distinct()
                        .forEach(t -> events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " names " + t.getName())));
            }
        };
    }

    private static boolean isTypeSpecific(JavaClass c) {
        String name = c.getName();
        boolean inTypeRooms = c.getPackageName().startsWith("dev.heapgrader.engine.object")
                || c.getPackageName().startsWith("dev.heapgrader.engine.types");
        return inTypeRooms && !name.equals(PyObject.class.getName()) && !name.equals(PyType.class.getName())
                && !name.equals(BuiltinSlots.class.getName()) && !name.startsWith(TypeSlots.class.getName());
    }
}
