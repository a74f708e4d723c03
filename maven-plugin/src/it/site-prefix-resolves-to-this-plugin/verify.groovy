def log = new File(basedir, 'build.log').text
assert log.contains('Site written to') : 'our plugin ran'
assert !log.contains('maven-site-plugin')
assert new File(basedir, 'out/main/en/index.html').isFile()
assert new File(basedir, 'out/main/fr/index.html').isFile()
assert new File(basedir, 'out/ja/index.html').isFile()
assert log =~ /site main\s+en\s+\d+ pages/ : 'a summary line per site and language'
return true
