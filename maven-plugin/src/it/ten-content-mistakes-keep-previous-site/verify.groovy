def log = new File(basedir, 'build.log').text
def diagnostics = log.readLines().findAll { it ==~ /\[ERROR\] content\/[^ ]+:\d+:\d+: error \[[a-z.-]+\] .*/ }
assert diagnostics.size() == 10 : "expected 10 diagnostics, got ${diagnostics.size()}:\n${diagnostics.join('\n')}"
assert diagnostics.collect { (it =~ /error \[([a-z.-]+)\]/)[0][1] }.toSet().size() == 10 : 'ten different mistakes'
assert log.contains('10 content error(s)')
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : 'no stack trace for content mistakes'
assert new File(basedir, 'out/main/index.html').text == 'the previous site' : 'the previous output is untouched'
return true
