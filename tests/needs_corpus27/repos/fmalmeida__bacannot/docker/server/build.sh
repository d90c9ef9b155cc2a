docker build -t fmalmeida/bacannot:server .
