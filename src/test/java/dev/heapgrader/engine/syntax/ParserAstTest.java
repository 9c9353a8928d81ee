package dev.heapgrader.engine.syntax;

import dev.heapgrader.engine.version.PythonVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tree shapes for every construct of the supported language, compared with CPython's own {@code ast}. The expected
 * strings were produced from real CPython by a script that prints {@code ast.parse(src)} in {@link AstDump}'s form:
 * {@code PYENV_VERSION=3.12.1 python3 dump.py snippet.py} (3.11.7 and 3.13.0 print the same trees except where a
 * test says otherwise). Constants print as hex UTF-8 for str and raw IEEE bits for float.
 */
class ParserAstTest {

    static Stream<Arguments> snippets() {
        return Stream.of(
            Arguments.of("annassign", "x: int = 1\n(y): list\nz.w: str\n",
                    "Module[AnnAssign(Name(x,STORE),Name(int,LOAD),Lit(int:1),True),AnnAssign(Name(y,STORE),Name(list,LOAD),_,False),AnnAssign(Attribute(Name(z,LOAD),w,STORE),Name(str,LOAD),_,False)]"),
            Arguments.of("assert_stmt", "assert x > 0, 'msg'\n",
                    "Module[Assert(Compare(Name(x,LOAD),GT,[Lit(int:0)]),Lit(str:6d7367))]"),
            Arguments.of("async_await", "async def f():\n    await g()\n    async for x in y:\n        pass\n    async with z as w:\n        pass\n",
                    "Module[FunctionDef(f,Args([],[],_,[],[],_,[]),[ExprStmt(Await(Call(Name(g,LOAD),[],[]))),For(Name(x,STORE),Name(y,LOAD),[Pass()],[],True),With([Item(Name(z,LOAD),Name(w,STORE))],[Pass()],True)],[],_,True)]"),
            Arguments.of("augassign", "x **= 2\ny //= z\n",
                    "Module[AugAssign(Name(x,STORE),POW,Lit(int:2)),AugAssign(Name(y,STORE),FLOOR_DIV,Name(z,LOAD))]"),
            Arguments.of("calls", "f(a, *b, c=1, **d)\ng(x for x in y)\nh()[0].i(j)(k)\n",
                    "Module[ExprStmt(Call(Name(f,LOAD),[Name(a,LOAD),Starred(Name(b,LOAD),LOAD)],[Kw(c,Lit(int:1)),Kw(_,Name(d,LOAD))])),ExprStmt(Call(Name(g,LOAD),[GeneratorExp(Name(x,LOAD),[Comp(Name(x,STORE),Name(y,LOAD),[],False)])],[])),ExprStmt(Call(Call(Attribute(Subscript(Call(Name(h,LOAD),[],[]),Lit(int:0),LOAD),i,LOAD),[Name(j,LOAD)],[]),[Name(k,LOAD)],[]))]"),
            Arguments.of("chained_assign", "a = b = c, *d = e\n",
                    "Module[Assign([Name(a,STORE),Name(b,STORE),Tuple([Name(c,STORE),Starred(Name(d,STORE),STORE)],STORE)],Name(e,LOAD))]"),
            Arguments.of("class_def", "@dataclass\nclass A(B, metaclass=M, **kw):\n    x = 1\n    def m(self):\n        yield self\n        yield from g()\n",
                    "Module[ClassDef(A,[Name(B,LOAD)],[Kw(metaclass,Name(M,LOAD)),Kw(_,Name(kw,LOAD))],[Assign([Name(x,STORE)],Lit(int:1)),FunctionDef(m,Args([],[Arg(self,_)],_,[],[],_,[]),[ExprStmt(Yield(Name(self,LOAD))),ExprStmt(YieldFrom(Call(Name(g,LOAD),[],[])))],[],_,False)],[Name(dataclass,LOAD)])]"),
            Arguments.of("compare_bool", "a < b <= c != d is not e not in f and g or not h\n",
                    "Module[ExprStmt(BoolOp(False,[BoolOp(True,[Compare(Name(a,LOAD),LT,LT_E,NOT_EQ,IS_NOT,NOT_IN,[Name(b,LOAD),Name(c,LOAD),Name(d,LOAD),Name(e,LOAD),Name(f,LOAD)]),Name(g,LOAD)]),UnaryOp(NOT,Name(h,LOAD))]))]"),
            Arguments.of("comprehensions", "[x for x in y if x if not x]\n{k: v for k, v in d.items()}\n{s for s in t}\n(g for g in h for i in g)\n",
                    "Module[ExprStmt(ListComp(Name(x,LOAD),[Comp(Name(x,STORE),Name(y,LOAD),[Name(x,LOAD),UnaryOp(NOT,Name(x,LOAD))],False)])),ExprStmt(DictComp(Name(k,LOAD),Name(v,LOAD),[Comp(Tuple([Name(k,STORE),Name(v,STORE)],STORE),Call(Attribute(Name(d,LOAD),items,LOAD),[],[]),[],False)])),ExprStmt(SetComp(Name(s,LOAD),[Comp(Name(s,STORE),Name(t,LOAD),[],False)])),ExprStmt(GeneratorExp(Name(g,LOAD),[Comp(Name(g,STORE),Name(h,LOAD),[],False),Comp(Name(i,STORE),Name(g,LOAD),[],False)]))]"),
            Arguments.of("continuation", "x = 1 + \\\n    2\ny = [1,\n     2]  # comment\n\n\n",
                    "Module[Assign([Name(x,STORE)],BinOp(Lit(int:1),ADD,Lit(int:2))),Assign([Name(y,STORE)],List([Lit(int:1),Lit(int:2)],LOAD))]"),
            Arguments.of("def_full", "@dec\n@dec2(1)\ndef f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    return a\n",
                    "Module[FunctionDef(f,Args([Arg(a,_),Arg(b,_)],[Arg(c,_)],Arg(args,_),[Arg(d,_),Arg(e,_)],[_,Lit(int:3)],Arg(kw,_),[Lit(int:1),Lit(int:2)]),[Return(Name(a,LOAD))],[Name(dec,LOAD),Call(Name(dec2,LOAD),[Lit(int:1)],[])],Name(int,LOAD),False)]"),
            Arguments.of("del_stmt", "del a, b.c, d[0]\n",
                    "Module[Delete([Name(a,DEL),Attribute(Name(b,LOAD),c,DEL),Subscript(Name(d,LOAD),Lit(int:0),DEL)])]"),
            Arguments.of("displays", "[1, *a]\n{1, *b}\n{'k': 1, **c}\n{}\n()\n(1,)\n",
                    "Module[ExprStmt(List([Lit(int:1),Starred(Name(a,LOAD),LOAD)],LOAD)),ExprStmt(Set([Lit(int:1),Starred(Name(b,LOAD),LOAD)])),ExprStmt(Dict([Lit(str:6b),_],[Lit(int:1),Name(c,LOAD)])),ExprStmt(Dict([],[])),ExprStmt(Tuple([],LOAD)),ExprStmt(Tuple([Lit(int:1)],LOAD))]"),
            Arguments.of("for_tuple", "for i, (j, k) in enumerate(z):\n    print(i)\nelse:\n    pass\n",
                    "Module[For(Tuple([Name(i,STORE),Tuple([Name(j,STORE),Name(k,STORE)],STORE)],STORE),Call(Name(enumerate,LOAD),[Name(z,LOAD)],[]),[ExprStmt(Call(Name(print,LOAD),[Name(i,LOAD)],[]))],[Pass()],False)]"),
            Arguments.of("fstring", "f'{x!r:>{w}} {y=} {{z}} {a:.2f}'\n",
                    "Module[ExprStmt(JoinedStr([FormattedValue(Name(x,LOAD),114,JoinedStr([Lit(str:3e),FormattedValue(Name(w,LOAD),-1,_),Lit(str:)])),Lit(str:20793d),FormattedValue(Name(y,LOAD),114,_),Lit(str:207b7a7d20),FormattedValue(Name(a,LOAD),-1,JoinedStr([Lit(str:2e3266)]))]))]"),
            Arguments.of("global_nonlocal", "def f():\n    global a, b\n    def g():\n        nonlocal c\n",
                    "Module[FunctionDef(f,Args([],[],_,[],[],_,[]),[Global(a,b),FunctionDef(g,Args([],[],_,[],[],_,[]),[Nonlocal(c)],[],_,False)],[],_,False)]"),
            Arguments.of("if_elif_else", "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2\n",
                    "Module[If(Name(a,LOAD),[Pass()],[If(Name(b,LOAD),[Assign([Name(x,STORE)],Lit(int:1))],[Assign([Name(y,STORE)],Lit(int:2))])])]"),
            Arguments.of("imports", "import a.b.c as d, e\nfrom . import x\nfrom ..m.n import (p as q, r,)\nfrom z import *\n",
                    "Module[Import([Alias(a.b.c,d),Alias(e,_)]),ImportFrom(_,[Alias(x,_)],1),ImportFrom(m.n,[Alias(p,q),Alias(r,_)],2),ImportFrom(z,[Alias(*,_)],0)]"),
            Arguments.of("lambda", "f = lambda x, *y, z=1, **w: x if y else z\n",
                    "Module[Assign([Name(f,STORE)],Lambda(Args([],[Arg(x,_)],Arg(y,_),[Arg(z,_)],[Lit(int:1)],Arg(w,_),[]),IfExp(Name(y,LOAD),Name(x,LOAD),Name(z,LOAD))))]"),
            Arguments.of("literals", "x = (1, 2.5, 3j, 0x1F, 1_000, 'a' 'b', b'\\x00', True, None, ...)\n",
                    "Module[Assign([Name(x,STORE)],Tuple([Lit(int:1),Lit(float:4612811918334230528),Lit(imag:4613937818241073152),Lit(int:31),Lit(int:1000),Lit(str:6162),Lit(bytes:00),Lit(True),Lit(None),Lit(...)],LOAD))]"),
            Arguments.of("main_guard", "if __name__ == \"__main__\":\n    main()\n",
                    "Module[If(Compare(Name(__name__,LOAD),EQ,[Lit(str:5f5f6d61696e5f5f)]),[ExprStmt(Call(Name(main,LOAD),[],[]))],[])]"),
            Arguments.of("operators", "a + b * c ** -d // e % f @ g - h << i >> j & k ^ l | m\n",
                    "Module[ExprStmt(BinOp(BinOp(BinOp(BinOp(BinOp(BinOp(BinOp(Name(a,LOAD),ADD,BinOp(BinOp(BinOp(BinOp(Name(b,LOAD),MULT,BinOp(Name(c,LOAD),POW,UnaryOp(USUB,Name(d,LOAD)))),FLOOR_DIV,Name(e,LOAD)),MOD,Name(f,LOAD)),MAT_MULT,Name(g,LOAD))),SUB,Name(h,LOAD)),LSHIFT,Name(i,LOAD)),RSHIFT,Name(j,LOAD)),BIT_AND,Name(k,LOAD)),BIT_XOR,Name(l,LOAD)),BIT_OR,Name(m,LOAD)))]"),
            Arguments.of("slices", "a[1:2:3]\nb[:]\nc[::]\nd[x, y:z]\n",
                    "Module[ExprStmt(Subscript(Name(a,LOAD),Slice(Lit(int:1),Lit(int:2),Lit(int:3)),LOAD)),ExprStmt(Subscript(Name(b,LOAD),Slice(_,_,_),LOAD)),ExprStmt(Subscript(Name(c,LOAD),Slice(_,_,_),LOAD)),ExprStmt(Subscript(Name(d,LOAD),Tuple([Name(x,LOAD),Slice(Name(y,LOAD),Name(z,LOAD),_)],LOAD),LOAD))]"),
            Arguments.of("strings", "s = r'\\d' + '\\n\\t\\x41\\u20ac\\N{EURO SIGN}' + '''tri\nple'''\n",
                    "Module[Assign([Name(s,STORE)],BinOp(BinOp(Lit(str:5c64),ADD,Lit(str:0a0941e282ace282ac)),ADD,Lit(str:7472690a706c65)))]"),
            Arguments.of("tabs", "if x:\n\tif y:\n\t\tpass\n\tz = 1\n",
                    "Module[If(Name(x,LOAD),[If(Name(y,LOAD),[Pass()],[]),Assign([Name(z,STORE)],Lit(int:1))],[])]"),
            Arguments.of("targets", "a.b, c[1:2, ::3], [d, *e] = f\n",
                    "Module[Assign([Tuple([Attribute(Name(a,LOAD),b,STORE),Subscript(Name(c,LOAD),Tuple([Slice(Lit(int:1),Lit(int:2),_),Slice(_,_,Lit(int:3))],LOAD),STORE),List([Name(d,STORE),Starred(Name(e,STORE),STORE)],STORE)],STORE)],Name(f,LOAD))]"),
            Arguments.of("try_full", "try:\n    pass\nexcept (A, B) as e:\n    raise C from e\nexcept D:\n    raise\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
                    "Module[Try([Pass()],[Handler(Tuple([Name(A,LOAD),Name(B,LOAD)],LOAD),e,[Raise(Name(C,LOAD),Name(e,LOAD))]),Handler(Name(D,LOAD),_,[Raise(_,_)]),Handler(_,_,[Pass()])],[Pass()],[Pass()])]"),
            Arguments.of("walrus_ifexp", "if (n := len(a)) > 10: print(n if n else 0)\n",
                    "Module[If(Compare(NamedExpr(Name(n,STORE),Call(Name(len,LOAD),[Name(a,LOAD)],[])),GT,[Lit(int:10)]),[ExprStmt(Call(Name(print,LOAD),[IfExp(Name(n,LOAD),Name(n,LOAD),Lit(int:0))],[]))],[])]"),
            Arguments.of("while_else", "while x < 10:\n    x += 1\n    if x == 5:\n        break\n    continue\nelse:\n    pass\n",
                    "Module[While(Compare(Name(x,LOAD),LT,[Lit(int:10)]),[AugAssign(Name(x,STORE),ADD,Lit(int:1)),If(Compare(Name(x,LOAD),EQ,[Lit(int:5)]),[Break()],[]),Continue()],[Pass()])]"),
            Arguments.of("with_items", "with open(a) as f, g() as (h, i), j:\n    pass\n",
                    "Module[With([Item(Call(Name(open,LOAD),[Name(a,LOAD)],[]),Name(f,STORE)),Item(Call(Name(g,LOAD),[],[]),Tuple([Name(h,STORE),Name(i,STORE)],STORE)),Item(Name(j,LOAD),_)],[Pass()],False)]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void treeMatchesCPython(String name, String source, String expected) {
        for (PythonVersion v : PythonVersion.values()) {
            if (name.equals("fstring") && v != PythonVersion.V3_12) {
                continue;
            }
            assertThat(new AstDump(false).module(Parser.parse(source, name + ".py", v))).as(v.label())
                    .isEqualTo(expected);
        }
    }

    @Test
    void formatSpecEndingInAFieldHasNoTrailingConstantOutside312() {
        String src = "f'{x!r:>{w}} {y=} {{z}} {a:.2f}'\n";
        String expected = "Module[ExprStmt(JoinedStr([FormattedValue(Name(x,LOAD),114,JoinedStr([Lit(str:3e),FormattedValue(Name(w,LOAD),-1,_)])),Lit(str:20793d),FormattedValue(Name(y,LOAD),114,_),Lit(str:207b7a7d20),FormattedValue(Name(a,LOAD),-1,JoinedStr([Lit(str:2e3266)]))]))]";
        assertThat(new AstDump(false).module(Parser.parse(src, "f.py", PythonVersion.V3_11))).isEqualTo(expected);
        assertThat(new AstDump(false).module(Parser.parse(src, "f.py", PythonVersion.V3_13))).isEqualTo(expected);
    }

    @Test
    void positionsMatchCPython() {
        // PYENV_VERSION=3.12.1 python3 dump.py --pos calls.py def_full.py operators.py
        assertThat(new AstDump(true).module(Parser.parse("f(a, *b, c=1, **d)\ng(x for x in y)\nh()[0].i(j)(k)\n", "calls.py", PythonVersion.V3_12)))
                .isEqualTo("Module[ExprStmt@1:0-1:18(Call@1:0-1:18(Name@1:0-1:1(f,LOAD),[Name@1:2-1:3(a,LOAD),Starred@1:5-1:7(Name@1:6-1:7(b,LOAD),LOAD)],[Kw(c,Lit@1:11-1:12(int:1)),Kw(_,Name@1:16-1:17(d,LOAD))])),ExprStmt@2:0-2:15(Call@2:0-2:15(Name@2:0-2:1(g,LOAD),[GeneratorExp@2:1-2:15(Name@2:2-2:3(x,LOAD),[Comp(Name@2:8-2:9(x,STORE),Name@2:13-2:14(y,LOAD),[],False)])],[])),ExprStmt@3:0-3:14(Call@3:0-3:14(Call@3:0-3:11(Attribute@3:0-3:8(Subscript@3:0-3:6(Call@3:0-3:3(Name@3:0-3:1(h,LOAD),[],[]),Lit@3:4-3:5(int:0),LOAD),i,LOAD),[Name@3:9-3:10(j,LOAD)],[]),[Name@3:12-3:13(k,LOAD)],[]))]");
        assertThat(new AstDump(true).module(Parser.parse("@dec\n@dec2(1)\ndef f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    return a\n", "def_full.py", PythonVersion.V3_12)))
                .isEqualTo("Module[FunctionDef@3:0-4:12(f,Args([Arg(a,_),Arg(b,_)],[Arg(c,_)],Arg(args,_),[Arg(d,_),Arg(e,_)],[_,Lit@3:34-3:35(int:3)],Arg(kw,_),[Lit@3:11-3:12(int:1),Lit@3:19-3:20(int:2)]),[Return@4:4-4:12(Name@4:11-4:12(a,LOAD))],[Name@1:1-1:4(dec,LOAD),Call@2:1-2:8(Name@2:1-2:5(dec2,LOAD),[Lit@2:6-2:7(int:1)],[])],Name@3:46-3:49(int,LOAD),False)]");
        assertThat(new AstDump(true).module(Parser.parse("a + b * c ** -d // e % f @ g - h << i >> j & k ^ l | m\n", "operators.py", PythonVersion.V3_12)))
                .isEqualTo("Module[ExprStmt@1:0-1:54(BinOp@1:0-1:54(BinOp@1:0-1:50(BinOp@1:0-1:46(BinOp@1:0-1:42(BinOp@1:0-1:37(BinOp@1:0-1:32(BinOp@1:0-1:28(Name@1:0-1:1(a,LOAD),ADD,BinOp@1:4-1:28(BinOp@1:4-1:24(BinOp@1:4-1:20(BinOp@1:4-1:15(Name@1:4-1:5(b,LOAD),MULT,BinOp@1:8-1:15(Name@1:8-1:9(c,LOAD),POW,UnaryOp@1:13-1:15(USUB,Name@1:14-1:15(d,LOAD)))),FLOOR_DIV,Name@1:19-1:20(e,LOAD)),MOD,Name@1:23-1:24(f,LOAD)),MAT_MULT,Name@1:27-1:28(g,LOAD))),SUB,Name@1:31-1:32(h,LOAD)),LSHIFT,Name@1:36-1:37(i,LOAD)),RSHIFT,Name@1:41-1:42(j,LOAD)),BIT_AND,Name@1:45-1:46(k,LOAD)),BIT_XOR,Name@1:49-1:50(l,LOAD)),BIT_OR,Name@1:53-1:54(m,LOAD)))]");
    }
}
