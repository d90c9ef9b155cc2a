docker build -t fmalmeida/bacannot:jbrowse .
